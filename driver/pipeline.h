/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_PIPELINE_H
#define IRBPF_PIPELINE_H

#include "options.h"

/* Runs read → link → retarget → resolve → internalize → optimise →
 * codegen → write for @opts. Returns the process exit code. */
int pipeline_run(const struct irbpf_options *opts);

#endif
