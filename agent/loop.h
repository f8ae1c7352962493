/* SPDX-License-Identifier: MIT */
#ifndef AGENT_LOOP_H
#define AGENT_LOOP_H

#include <stdio.h>

#include "options.h"

struct bpf_object;
struct trace_stream;

/* Blocks SIGINT, SIGTERM and SIGHUP and returns a signalfd that reports
 * them, so that a signal ends the run loop instead of the process (and
 * everything gets detached). Returns -1 on failure (reported). */
int loop_signals(void);

/* Runs until a signal arrives on @sigfd or --duration passes, streaming
 * trace lines and printing maps every --interval seconds to @out.
 * Returns 0, or -errno on a failure to wait. */
int loop_run(const struct agent_options *opts, int sigfd, struct trace_stream *ts,
	     struct bpf_object *obj, FILE *out);

#endif
