/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_PIPELINE_H
#define IRBPF_PIPELINE_H

#include <stddef.h>

#include "stages/context.h"	/* struct irbpf_buffer */

/* Runs read → link → retarget → resolve → internalize → optimise →
 * codegen → write for @opts. Returns the process exit code. */
int pipeline_run(const struct irbpf_options *opts);

/* Runs the stages from read to elf on @in instead of opts->inputs and
 * writes nothing (no verify, write or depfile). Returns 0, or 1 after
 * reporting an error. */
int pipeline_run_buffer(const struct irbpf_options *opts, const struct irbpf_buffer *in);

#endif
