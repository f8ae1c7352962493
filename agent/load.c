// SPDX-License-Identifier: MIT
/*
 * Open and load with the verifier log captured. Each program gets its own
 * log buffer: libbpf asks the kernel for a log only when a load fails, so
 * the buffers stay untouched (and unbacked) unless something is rejected,
 * and a custom buffer keeps libbpf from dumping the whole log on stderr.
 * Since 6.4 the kernel keeps the end of a log that overflows the buffer,
 * which is the part that explains the rejection.
 */
#include "load.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/libbpf.h>

#include "msg.h"
#include "vlog.h"

#define LOG_SIZE (4u << 20)

struct prog_log {
	struct bpf_program *prog;
	char *buf;
};

static struct bpf_object *open_quietly(const char *path, const char *pin_root, bool verbose)
{
	LIBBPF_OPTS(bpf_object_open_opts, open_opts, .pin_root_path = pin_root);
	struct bpf_object *obj;

	if (!verbose)
		agent_libbpf_messages(LIBBPF_MESSAGES_NONE);
	obj = bpf_object__open_file(path, &open_opts);
	if (!verbose)
		agent_libbpf_messages(LIBBPF_MESSAGES_WARNINGS);
	return obj;
}

/* On failure the error line comes first, then libbpf's explanation
 * (legacy maps, bad ELF, ...), from a second attempt that lets it speak. */
static struct bpf_object *open_object(const char *path, const char *pin_root, bool verbose)
{
	struct bpf_object *obj = open_quietly(path, pin_root, verbose);
	char reason[128];

	if (obj)
		return obj;
	libbpf_strerror(errno, reason, sizeof(reason));
	agent_error("cannot open %s: %s", path, reason);
	if (!verbose)
		bpf_object__close(bpf_object__open_file(path, NULL));
	return NULL;
}

/* Without --pin nothing may outlive the agent, so maps declared with
 * LIBBPF_PIN_BY_NAME are created unpinned. */
static int unpin_by_name(struct bpf_object *obj)
{
	struct bpf_map *map;

	bpf_object__for_each_map(map, obj) {
		if (!bpf_map__pin_path(map))
			continue;
		agent_note("map '%s' asks to be pinned; not pinned without --pin",
			   bpf_map__name(map));
		if (bpf_map__set_pin_path(map, NULL))
			return -1;
	}
	return 0;
}

static struct prog_log *attach_logs(struct bpf_object *obj, size_t *count)
{
	struct bpf_program *prog;
	struct prog_log *logs;
	size_t n = 0;

	bpf_object__for_each_program(prog, obj)
		n++;
	logs = calloc(n ? n : 1, sizeof(*logs));
	if (!logs)
		return NULL;
	n = 0;
	bpf_object__for_each_program(prog, obj) {
		logs[n].prog = prog;
		logs[n].buf = calloc(1, LOG_SIZE);
		if (!logs[n].buf || bpf_program__set_log_buf(prog, logs[n].buf, LOG_SIZE)) {
			free(logs[n].buf);
			logs[n].buf = NULL;
		}
		n++;
	}
	*count = n;
	return logs;
}

/* @loaded: the programs still exist and must forget the buffers. */
static void free_logs(struct prog_log *logs, size_t n, bool loaded)
{
	for (size_t i = 0; i < n; i++) {
		if (loaded)
			bpf_program__set_log_buf(logs[i].prog, NULL, 0);
		free(logs[i].buf);
	}
	free(logs);
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

static void report_rejection(const struct agent_options *opts, const struct prog_log *log,
			     int err)
{
	size_t lines;

	/* ENOSPC replaces the real error when the log overflowed the buffer. */
	agent_error("program '%s' (section '%s') was rejected by the kernel verifier: %s",
		    bpf_program__name(log->prog), bpf_program__section_name(log->prog),
		    err == ENOSPC ? "log longer than 4 MiB, its end follows" : strerror(err));
	lines = vlog_summarize(log->buf, stderr, "  ");
	if (opts->verifier_log)
		save_log(opts->verifier_log, log->buf);
	else if (lines > 0)
		agent_note("the verifier log has %zu lines; --verifier-log FILE saves it", lines);
}

static void report_failure(const struct agent_options *opts, const struct prog_log *logs,
			   size_t n, int err)
{
	for (size_t i = 0; i < n; i++) {
		if (logs[i].buf && logs[i].buf[0]) {
			report_rejection(opts, &logs[i], err);
			return;
		}
	}
	if (err == EPERM)
		agent_error("loading %s: %s (needs root or CAP_BPF and CAP_PERFMON)",
			    opts->object, strerror(err));
	else
		agent_error("loading %s failed: %s", opts->object, strerror(err));
}

struct bpf_object *agent_load(const struct agent_options *opts, const char *pin_root)
{
	struct bpf_object *obj = open_object(opts->object, pin_root, opts->verbose);
	struct prog_log *logs;
	size_t n = 0;
	int err;

	if (!obj)
		return NULL;
	if (!pin_root && unpin_by_name(obj)) {
		agent_error("cannot unpin maps of %s", opts->object);
		bpf_object__close(obj);
		return NULL;
	}
	logs = attach_logs(obj, &n);
	if (!logs) {
		agent_error("out of memory");
		bpf_object__close(obj);
		return NULL;
	}
	err = bpf_object__load(obj);
	if (err) {
		report_failure(opts, logs, n, -err);
		free_logs(logs, n, false);
		bpf_object__close(obj);
		return NULL;
	}
	free_logs(logs, n, true);
	return obj;
}
