/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_BTF_CYCLES_H
#define IRBPF_BTF_CYCLES_H

#include "llvm/btf_walk.h"

/* Reports a debug-info type that is its own base type. Returns 1 when it
 * found one, 0 when there is none, -1 when out of memory. */
int btf_check_type_cycles(struct btf_walk *w);

#endif
