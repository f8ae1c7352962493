/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_PASSES_H
#define IRBPF_PASSES_H

#include "stages/context.h"

/* Runs the new-pass-manager pipeline @pipeline on the program with the
 * BPF target machine; on failure reports "<what> failed: <reason>". */
int passes_run(struct irbpf_ctx *ctx, const char *pipeline, const char *what);

#endif
