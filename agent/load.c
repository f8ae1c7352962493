// SPDX-License-Identifier: MIT
/*
 * Open and load through irbpf_loader, which captures the verifier log of
 * a rejected program, and the report of a rejection: the verifier's
 * message, the instruction, the source line and the registers involved,
 * instead of the thousands of lines a log can have.
 */
#include "load.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include <bpf/libbpf.h>

#include "escape.h"
#include "loader.h"
#include "msg.h"
#include "pin.h"
#include "vlog.h"

static void report_open_failure(const struct agent_options *opts,
				const struct irbpf_source *src, int err)
{
	char reason[128];

	libbpf_strerror(err, reason, sizeof(reason));
	agent_error("cannot open %s: %s", opts->object, reason);
	if (!opts->verbose)
		irbpf_loader_replay(src, NULL);	/* libbpf's reason, as notes */
}

/* Maps declared with LIBBPF_PIN_BY_NAME: under --pin, in DIR/maps with
 * the others; without it nowhere, since nothing may outlive the agent. */
static int place_pinned_maps(struct bpf_object *obj, const char *maps_dir)
{
	char path[PATH_MAX];
	struct bpf_map *map;

	bpf_object__for_each_map(map, obj) {
		if (!bpf_map__pin_path(map))
			continue;
		if (maps_dir) {
			pin_map_path(path, sizeof(path), maps_dir, bpf_map__name(map));
			if (bpf_map__set_pin_path(map, path))
				return -1;
			continue;
		}
		agent_note("map '%s' asks to be pinned; not pinned without --pin",
			   bpf_map__name(map));
		if (bpf_map__set_pin_path(map, NULL))
			return -1;
	}
	return 0;
}

static void save_log(const char *path, const char *log)
{
	size_t len = strlen(log);
	FILE *f = fopen(path, "w");
	int bad;

	if (!f) {
		agent_warning("cannot write the verifier log to %s: %s", path, strerror(errno));
		return;
	}
	bad = fputs(log, f) == EOF || (len && log[len - 1] != '\n' && fputc('\n', f) == EOF);
	if (fclose(f) || bad) {
		agent_warning("cannot write the verifier log to %s: %s", path, strerror(errno));
		return;
	}
	agent_note("full verifier log written to %s", path);
}

static void print_summary(const struct irbpf_log_summary *sum, const char *log)
{
	char source[IRBPF_LOG_LINE];

	for (unsigned i = 0; i < sum->n_details; i++)
		escape_line(stderr, "  %s", sum->details[i]);
	if (!vlog_source_line(log, sum->insn, source, sizeof(source)))
		escape_line(stderr, "  source: %s", source);
	if (sum->insn >= 0 && sum->insn_text[0])
		escape_line(stderr, "  insn %d: %s", sum->insn, sum->insn_text);
	for (unsigned i = 0; i < sum->n_regs; i++) {
		const struct irbpf_log_reg *r = &sum->regs[i];

		if (r->insn >= 0)
			escape_line(stderr, "  %s, last shown at insn %d: %s", r->state,
				    r->insn, r->insn_text);
		else
			escape_line(stderr, "  %s", r->state);
	}
}

static void report_rejection(const struct agent_options *opts,
			     const struct irbpf_load_failure *fail)
{
	const char *name = bpf_program__name(fail->prog);
	const char *sec = bpf_program__section_name(fail->prog);
	struct irbpf_log_summary sum;

	if (irbpf_log_summarise(fail->log, &sum)) {
		agent_error("program '%s' (section '%s') was rejected by the kernel verifier, "
			    "which gave no reason", name, sec);
	} else {
		agent_error("program '%s' (section '%s') was rejected by the kernel verifier: %s",
			    name, sec, sum.error);
		print_summary(&sum, fail->log);
	}
	if (opts->verifier_log)
		save_log(opts->verifier_log, fail->log);
	else
		agent_note("the verifier log has %zu lines; --verifier-log FILE saves it",
			   vlog_count_lines(fail->log));
}

/* Every map and program takes a descriptor; the verifier is not to blame. */
static void report_fd_limit(const struct agent_options *opts,
			    const struct irbpf_load_failure *fail, const char *reason)
{
	struct rlimit lim;
	char what[PATH_MAX + 64];

	if (fail->prog)
		snprintf(what, sizeof(what), "program '%s' of %s", bpf_program__name(fail->prog),
			 opts->object);
	else
		snprintf(what, sizeof(what), "%s", opts->object);
	if (getrlimit(RLIMIT_NOFILE, &lim) == 0 && lim.rlim_cur != RLIM_INFINITY)
		agent_error("loading %s failed: out of file descriptors (%s; the limit, "
			    "ulimit -n, is %llu)", what, reason, (unsigned long long)lim.rlim_cur);
	else
		agent_error("loading %s failed: out of file descriptors (%s)", what, reason);
}

static void report_load_failure(const struct agent_options *opts,
				const struct irbpf_source *src,
				const struct irbpf_load_failure *fail, int err)
{
	char reason[128];

	if (fail->log) {
		report_rejection(opts, fail);
		return;
	}
	libbpf_strerror(err, reason, sizeof(reason));
	if (irbpf_err_is_fd_limit(-err)) {
		report_fd_limit(opts, fail, reason);
		return;
	}
	if (err == EPERM)
		agent_error("loading %s: %s (needs root, or CAP_BPF and CAP_PERFMON)",
			    opts->object, reason);
	else if (fail->prog)
		agent_error("loading program '%s' of %s failed: %s",
			    bpf_program__name(fail->prog), opts->object, reason);
	else
		agent_error("loading %s failed: %s", opts->object, reason);
	if (!opts->verbose)
		irbpf_loader_replay(src, NULL);
}

struct bpf_object *agent_load(const struct agent_options *opts, const char *maps_dir)
{
	struct irbpf_source src = { .path = opts->object };
	struct irbpf_load_failure fail;
	struct bpf_object *obj;
	char why[256];
	int err;

	if (irbpf_object_validate(&src, why, sizeof(why))) {
		agent_error("cannot open %s: %s", opts->object, why);
		return NULL;
	}
	obj = irbpf_object_open(&src);
	if (!obj) {
		report_open_failure(opts, &src, errno);
		return NULL;
	}
	if (place_pinned_maps(obj, maps_dir)) {
		agent_error("cannot set the pin paths of the maps of %s", opts->object);
		bpf_object__close(obj);
		return NULL;
	}
	err = irbpf_object_load(obj, &fail);
	if (err) {
		report_load_failure(opts, &src, &fail, -err);
		irbpf_load_failure_free(&fail);
		bpf_object__close(obj);
		return NULL;
	}
	return obj;
}
