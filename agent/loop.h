/* SPDX-License-Identifier: MIT */
#ifndef AGENT_LOOP_H
#define AGENT_LOOP_H

#include <stdio.h>

#include "options.h"

struct bpf_object;
struct events;
struct trace_stream;

/* What the run loop reads from and reports on. */
struct loop_sources {
	struct trace_stream *ts;
	struct events *ev;
	struct bpf_object *obj;
	FILE *out;		/* trace lines and map reports */
};

/* Blocks SIGINT, SIGTERM and SIGHUP and returns a signalfd that reports
 * them, so that a signal ends the run loop instead of the process (and
 * everything gets detached). Returns -1 on failure (reported). */
int loop_signals(void);

/* Runs until a signal arrives on @sigfd or --duration passes, streaming
 * trace lines and event records and printing maps every --interval
 * seconds. Returns 0, or -errno on a failure to wait or read. */
int loop_run(const struct agent_options *opts, int sigfd, struct loop_sources *src);

#endif
