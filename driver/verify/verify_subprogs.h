/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_VERIFY_SUBPROGS_H
#define IRBPF_VERIFY_SUBPROGS_H

#include <stdbool.h>
#include <stddef.h>

#include "loader.h"

#define VERIFY_MAX_SUBPROGS 256

/*
 * Start of each subprogram in the submitted instructions: the targets of
 * BPF-to-BPF calls and of callback references (ld_imm64 of a function).
 * Sorted, without duplicates; [0] is the program itself. Returns count.
 */
size_t verify_subprog_starts(const struct irbpf_prog_check *check, int *starts, size_t max);

/* A BPF-to-BPF call (not a helper or kfunc call). */
bool verify_insn_is_call(const struct bpf_insn *insn);

#endif
