/* SPDX-License-Identifier: MIT */
#ifndef AGENT_TRACE_STREAM_H
#define AGENT_TRACE_STREAM_H

#include <limits.h>
#include <stdbool.h>
#include <stdio.h>

/* bpf_trace_printk output as it arrives. */
struct trace_stream {
	int fd;				/* trace_pipe, non-blocking; -1 if closed */
	char instance[PATH_MAX];	/* our tracing instance, "" if none */
	char partial[4096];		/* a line not yet complete */
	size_t partial_len;
};

struct bpf_object;

/* Whether any program of the loaded @obj calls bpf_trace_printk (or
 * bpf_trace_vprintk), i.e. whether there is anything to stream. */
bool trace_object_prints(const struct bpf_object *obj);

/* Opens the trace pipe under @tracefs_root: preferably that of a tracing
 * instance of our own with the bpf_trace_printk event enabled, so that
 * reading does not take lines away from other readers of the global
 * trace_pipe; otherwise the global one. Returns 0 or -errno. */
int trace_stream_open(struct trace_stream *ts, const char *tracefs_root);

/* Copies every complete line available now to @out; returns the number of
 * lines, or -errno after closing the pipe on a read error. A stream that
 * was never opened has fd -1 and yields nothing. */
int trace_stream_pump(struct trace_stream *ts, FILE *out);

/* Closes the pipe and removes the instance. */
void trace_stream_close(struct trace_stream *ts);

#endif
