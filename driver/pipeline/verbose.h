/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_VERBOSE_H
#define IRBPF_VERBOSE_H

#include "stages/context.h"

/* -v: one line per stage with its wall time and the equivalent command
 * of the llvm-link/opt/llc chain, so a run can be reproduced by hand. */
void verbose_stage(const struct irbpf_ctx *ctx, const char *stage, double ms);

/* Names the LLVM compiling: irbpf's own, or the libLLVM loaded. */
void verbose_llvm(const struct irbpf_options *opts);

#endif
