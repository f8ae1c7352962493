// SPDX-License-Identifier: MIT
/*
 * irbpf-agent: loads a precompiled BPF object on a host without a
 * compiler (libbpf and libelf only), attaches its programs, streams their
 * trace output and the records of their ring and perf buffers, and prints
 * their maps; detaches everything on exit.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <bpf/libbpf.h>

#include "attach.h"
#include "events.h"
#include "json.h"
#include "load.h"
#include "loader.h"
#include "loop.h"
#include "msg.h"
#include "options.h"
#include "pin.h"
#include "report.h"
#include "trace_stream.h"
#include "tracefs.h"

static size_t count_programs(const struct bpf_object *obj)
{
	struct bpf_program *prog;
	size_t n = 0;

	bpf_object__for_each_program(prog, obj)
		n++;
	return n;
}

static bool has_tracepoints(const struct bpf_object *obj)
{
	struct bpf_program *prog;

	bpf_object__for_each_program(prog, obj)
		if (bpf_program__type(prog) == BPF_PROG_TYPE_TRACEPOINT)
			return true;
	return false;
}

/* tracefs for tracepoint ids and for the printk stream. */
static void open_trace(struct bpf_object *obj, struct trace_stream *ts)
{
	bool prints = trace_object_prints(obj);
	char root[PATH_MAX];

	if (!prints && !has_tracepoints(obj))
		return;
	if (tracefs_ensure(root, sizeof(root)) || !prints)
		return;
	trace_stream_open(ts, root);
}

/* Attach failures are reported, not fatal. */
static struct attachment *attach_all(struct bpf_object *obj, size_t n,
				     const struct agent_options *opts)
{
	struct attachment *atts = calloc(n ? n : 1, sizeof(*atts));
	struct bpf_program *prog;
	size_t i = 0;

	if (!atts)
		return NULL;
	bpf_object__for_each_program(prog, obj)
		attach_program(&atts[i++], prog, opts);
	return atts;
}

static void print_running(FILE *out, const struct attachment *atts, size_t n,
			  const struct agent_options *opts)
{
	size_t attached = 0;

	for (size_t i = 0; i < n; i++)
		attached += atts[i].attached;
	fprintf(out, "irbpf-agent: running with %zu of %zu programs attached", attached, n);
	if (opts->duration > 0)
		fprintf(out, " for %g s", opts->duration);
	fputs(" (Ctrl-C stops)\n", out);
	fflush(out);
}

static int observe(struct bpf_object *obj, const struct agent_options *opts, int sigfd)
{
	FILE *out = opts->json ? stderr : stdout;
	struct trace_stream ts = { .fd = -1 };
	size_t n = count_programs(obj);
	struct loop_sources src = { .ts = &ts, .obj = obj, .out = out };
	struct attachment *atts;
	struct events ev;
	int err;

	/* before attaching: a perf buffer drops what comes before it opens */
	if (events_open(&ev, obj, opts, stdout)) {
		events_close(&ev);
		return 1;
	}
	src.ev = &ev;
	open_trace(obj, &ts);
	atts = attach_all(obj, n, opts);
	if (!atts) {
		agent_error("out of memory");
		trace_stream_close(&ts);
		events_close(&ev);
		return 1;
	}
	report_load(out, obj, atts, n, opts->pin_dir);
	print_running(out, atts, n, opts);
	err = loop_run(opts, sigfd, &src);
	for (size_t i = 0; i < n; i++)
		attach_detach(&atts[i]);
	trace_stream_pump(&ts, out);
	trace_stream_close(&ts);
	if (!err)
		err = events_consume(&ev);
	if (opts->json)
		json_document(stdout, obj, atts, n, &ev, opts->max_entries);
	else
		report_maps(out, obj, &ev, "-- maps at exit", opts->max_entries);
	free(atts);
	events_close(&ev);
	if (err)
		agent_error("waiting for events: %s", strerror(-err));
	return err ? 1 : 0;
}

/* --pin DIR as the real path pin_prepare() resolved. */
static int run_loaded(struct bpf_object *obj, const struct agent_options *opts,
		      const struct pin_plan *pin, int sigfd)
{
	struct agent_options resolved = *opts;

	if (!opts->pin_dir)
		return observe(obj, opts, sigfd);
	resolved.pin_dir = pin->dir;
	if (pin_maps(obj, pin->dir))
		return 1;
	return observe(obj, &resolved, sigfd);
}

static int run(const struct agent_options *opts)
{
	struct pin_plan pin = { .n_created = 0 };
	struct bpf_object *obj;
	int sigfd, rc;

	if (opts->verbose)
		agent_libbpf_verbose();
	else
		irbpf_loader_libbpf_messages(false);
	sigfd = loop_signals();
	if (sigfd < 0)
		return 1;
	if (opts->pin_dir && pin_prepare(opts->pin_dir, &pin)) {
		close(sigfd);
		return 1;
	}
	obj = agent_load(opts, opts->pin_dir ? pin.maps_dir : NULL);
	rc = obj ? run_loaded(obj, opts, &pin, sigfd) : 1;
	bpf_object__close(obj);
	/* a failed run leaves nothing behind; a good one keeps its pins */
	if (rc)
		pin_undo(&pin);
	pin_plan_free(&pin);
	close(sigfd);
	return rc;
}

int main(int argc, char **argv)
{
	struct agent_options opts;
	int rc = options_parse(&opts, argc, argv);

	if (rc)
		return rc < 0 ? 0 : 1;
	if (!opts.json)
		setvbuf(stdout, NULL, _IOLBF, 0);
	rc = run(&opts);
	options_free(&opts);
	return rc;
}
