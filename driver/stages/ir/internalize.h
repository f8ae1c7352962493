/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_INTERNALIZE_H
#define IRBPF_INTERNALIZE_H

#include <stdbool.h>

#include <llvm-c/Core.h>

#include "stages/options.h"

/* Parses --internalize=programs|none. 0, or 1 after a diagnostic. */
int internalize_parse_mode(const char *arg, enum irbpf_internalize *mode);

/*
 * Marks the global functions of input @mod that keep their linkage in
 * the internalize stage, as @mode says. Runs before linking, while it is
 * still known which frontend produced each function.
 */
void internalize_mark_globals(LLVMModuleRef mod, enum irbpf_internalize mode,
			      bool made_by_clang);

#endif
