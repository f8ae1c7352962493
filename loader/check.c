// SPDX-License-Identifier: MIT
/* Verification-only loads: each program on its own, then unloaded. */
#include "loader.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* Log levels of the kernel's verifier (include/linux/bpf_verifier.h). */
#define LOG_LEVEL1 1u
#define LOG_STATS 4u

#define STATS_LOG_SIZE (64u << 10)
/* The kernel keeps the tail of a longer log (since 6.4): the error. */
#define FULL_LOG_SIZE (16u << 20)

struct attempt {
	__u32 log_level;
	char *log;
	size_t log_size;
	bool keep_insns;
};

static struct bpf_program *select_program(struct bpf_object *obj, const char *name)
{
	struct bpf_program *prog, *found = NULL;

	bpf_object__for_each_program(prog, obj) {
		bool it = !strcmp(bpf_program__name(prog), name);

		bpf_program__set_autoload(prog, it);
		if (it)
			found = prog;
	}
	return found;
}

static int copy_insns(const struct bpf_program *prog, struct irbpf_prog_check *check)
{
	size_t cnt = bpf_program__insn_cnt(prog);

	free(check->insns);
	check->insns = malloc(cnt * sizeof(*check->insns));
	if (!check->insns)
		return -ENOMEM;
	memcpy(check->insns, bpf_program__insns(prog), cnt * sizeof(*check->insns));
	check->insn_cnt = cnt;
	return 0;
}

/* One load of program @check->name alone; closes everything again. */
static int load_alone(const struct irbpf_source *src, struct irbpf_prog_check *check,
		      const struct attempt *at)
{
	struct bpf_program *prog;
	struct bpf_object *obj;
	int err;

	obj = irbpf_object_open(src);
	if (!obj)
		return -errno;
	prog = select_program(obj, check->name);
	err = prog ? irbpf_object_size_maps_for_verify(obj) : -ENOENT;
	if (!err)
		err = irbpf_object_fd_headroom(obj);
	if (!err) {
		at->log[0] = '\0';
		bpf_program__set_log_level(prog, at->log_level);
		bpf_program__set_log_buf(prog, at->log, at->log_size);
		check->main_insn_cnt = bpf_program__insn_cnt(prog);
		err = bpf_object__load(obj);
		check->stats.insns = (unsigned)bpf_program__insn_cnt(prog);
		if (!err)
			err = irbpf_prog_fd_stats(bpf_program__fd(prog), &check->stats);
		else if (at->keep_insns && copy_insns(prog, check))
			err = -ENOMEM;
	}
	bpf_object__close(obj);
	return err;
}

/* The rejected program again, at log level 1: the path to the error. */
static int load_with_full_log(const struct irbpf_source *src, struct irbpf_prog_check *check)
{
	struct attempt at = {
		.log_level = LOG_LEVEL1 | LOG_STATS,
		.log_size = FULL_LOG_SIZE,
		.keep_insns = true,
	};
	char *shrunk;
	int err;

	at.log = calloc(1, at.log_size);
	if (!at.log)
		return -ENOMEM;
	err = load_alone(src, check, &at);
	irbpf_log_stats(at.log, &check->stats);
	if (err && at.log[0]) {
		shrunk = realloc(at.log, strlen(at.log) + 1);
		check->log = shrunk ? shrunk : at.log;
		check->rejected = true;
	} else {
		free(at.log);
	}
	return err;
}

/* The log that holds text after a failed load at log level 0 names the
 * program the kernel rejected (libbpf retried only that one, at level 1). */
static struct irbpf_prog_check *rejected_in(struct irbpf_prog_check *checks, char **logs,
					    size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (logs[i] && logs[i][0])
			return &checks[i];
	return NULL;
}

static void take_stats(struct bpf_object *obj, struct irbpf_prog_check *checks,
		       char **logs, bool loaded)
{
	struct bpf_program *prog;
	size_t i = 0;

	bpf_object__for_each_program(prog, obj) {
		struct irbpf_prog_check *c = &checks[i];

		if (logs[i]) {
			c->stats.insns = (unsigned)bpf_program__insn_cnt(prog);
			irbpf_log_stats(logs[i], &c->stats);
			if (loaded)
				irbpf_prog_fd_stats(bpf_program__fd(prog), &c->stats);
		}
		i++;
	}
}

/*
 * One load of every program not yet found rejected, as a loader loads
 * them: together, so that a PROG_ARRAY's initial slots find their
 * programs. @logs gets a buffer per loaded program.
 */
static int load_together(const struct irbpf_source *src, struct irbpf_prog_check *checks,
			 char **logs, __u32 log_level, size_t log_size)
{
	struct bpf_program *prog;
	struct bpf_object *obj;
	size_t i = 0;
	int err;

	obj = irbpf_object_open(src);
	if (!obj)
		return -errno;
	err = irbpf_object_size_maps_for_verify(obj);
	if (!err)
		err = irbpf_object_fd_headroom(obj);
	bpf_object__for_each_program(prog, obj) {
		struct irbpf_prog_check *c = &checks[i];
		bool load = !c->err;

		bpf_program__set_autoload(prog, load);
		if (load && !err) {
			c->main_insn_cnt = bpf_program__insn_cnt(prog);
			logs[i] = calloc(1, log_size);
			if (!logs[i])
				err = -ENOMEM;
			bpf_program__set_log_level(prog, log_level);
			bpf_program__set_log_buf(prog, logs[i], logs[i] ? log_size : 0);
		}
		i++;
	}
	if (!err)
		err = bpf_object__load(obj);
	if (!err || log_level)
		take_stats(obj, checks, logs, !err);
	bpf_object__close(obj);
	return err;
}

static void free_logs(char **logs, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(logs[i]);
		logs[i] = NULL;
	}
}

/* Which program stopped the load? Loaded again at log level 0, libbpf
 * retries only the rejected one with a log (a short one does: it only
 * names the program); that one is then loaded on its own for the full
 * log and the instructions behind it. */
static struct irbpf_prog_check *find_rejected(const struct irbpf_source *src,
					      struct irbpf_prog_check *checks,
					      char **logs, size_t n)
{
	struct irbpf_prog_check *c;
	int err = load_together(src, checks, logs, 0, STATS_LOG_SIZE);

	/* Out of descriptors, the kernel verified the program and then had
	 * no descriptor to return: not a rejection. */
	if (!err || irbpf_err_is_fd_limit(err))
		return NULL;
	c = rejected_in(checks, logs, n);
	if (!c)
		return NULL;
	c->err = load_with_full_log(src, c);
	if (!c->err || !c->rejected) {
		/* Alone it passed: keep the verdict of the load together. */
		free(c->log);
		c->log = strdup(logs[c - checks]);
		c->rejected = true;
		c->err = -EACCES;
	}
	return c;
}

/*
 * The load failed, but not in the verifier (map creation, relocation, a
 * slot of a PROG_ARRAY whose program was rejected): programs the kernel
 * saw were accepted, the others share the load's error.
 */
static void settle_rest(struct irbpf_prog_check *checks, char **logs, size_t n, int err)
{
	for (size_t i = 0; i < n; i++) {
		if (checks[i].err)
			continue;
		if (!logs[i] || !checks[i].stats.valid)
			checks[i].err = err;
	}
}

static int verify_together(const struct irbpf_source *src, struct irbpf_prog_check *checks,
			   size_t n)
{
	char **logs = calloc(n ? n : 1, sizeof(*logs));
	char **retry = calloc(n ? n : 1, sizeof(*retry));
	int err = logs && retry ? 0 : -ENOMEM;

	while (!err) {
		err = load_together(src, checks, logs, LOG_STATS, STATS_LOG_SIZE);
		if (!err)
			break;
		if (find_rejected(src, checks, retry, n)) {
			free_logs(logs, n);
			free_logs(retry, n);
			for (size_t i = 0; i < n; i++)
				if (!checks[i].err)
					memset(&checks[i].stats, 0, sizeof(checks[i].stats));
			err = 0;
			continue;
		}
		settle_rest(checks, logs, n, err);
		err = 0;
		break;
	}
	if (logs)
		free_logs(logs, n);
	if (retry)
		free_logs(retry, n);
	free(logs);
	free(retry);
	return err;
}

static void free_check_entries(struct irbpf_prog_check *checks, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(checks[i].name);
		free(checks[i].section);
		free(checks[i].log);
		free(checks[i].insns);
	}
}

static int list_programs(struct bpf_object *obj, struct irbpf_prog_check **checks, size_t *n)
{
	struct bpf_program *prog;
	size_t cap = 0;

	bpf_object__for_each_program(prog, obj)
		cap++;
	*checks = calloc(cap ? cap : 1, sizeof(**checks));
	if (!*checks)
		return -ENOMEM;
	bpf_object__for_each_program(prog, obj) {
		struct irbpf_prog_check *c = &(*checks)[(*n)++];

		c->name = strdup(bpf_program__name(prog));
		c->section = strdup(bpf_program__section_name(prog));
		c->type = bpf_program__type(prog);
		if (!c->name || !c->section)
			return -ENOMEM;
	}
	return 0;
}

static size_t find_check(const struct irbpf_prog_check *checks, size_t n, const char *name)
{
	size_t i = 0;

	while (i < n && strcmp(checks[i].name, name))
		i++;
	return i;
}

/* Keeps only the check at @keep, moved to the front. */
static void keep_only(struct irbpf_prog_check *checks, size_t *n, size_t keep)
{
	struct irbpf_prog_check tmp = checks[0];

	checks[0] = checks[keep];
	checks[keep] = tmp;
	free_check_entries(checks + 1, *n - 1);
	*n = 1;
}

void irbpf_loader_replay(const struct irbpf_source *src)
{
	struct bpf_object *obj;

	irbpf_loader_libbpf_messages(true);
	obj = irbpf_object_open(src);
	if (obj && !irbpf_object_size_maps_for_verify(obj))
		bpf_object__load(obj);
	bpf_object__close(obj);
	irbpf_loader_libbpf_messages(false);
}

int irbpf_verify_object(const struct irbpf_source *src, const char *only,
			struct irbpf_prog_check **checks, size_t *n)
{
	struct bpf_object *obj;
	size_t keep = 0;
	int err;

	*checks = NULL;
	*n = 0;
	obj = irbpf_object_open(src);
	if (!obj)
		return -errno;
	err = list_programs(obj, checks, n);
	bpf_object__close(obj);
	if (!err && only && (keep = find_check(*checks, *n, only)) == *n)
		err = -ENOENT;
	/* A loader loads all programs; --prog only narrows the report. */
	if (!err)
		err = verify_together(src, *checks, *n);
	if (!err && only)
		keep_only(*checks, n, keep);
	if (err) {
		irbpf_prog_checks_free(*checks, *n);
		*checks = NULL;
		*n = 0;
	}
	return err;
}

void irbpf_prog_checks_free(struct irbpf_prog_check *checks, size_t n)
{
	if (!checks)
		return;
	free_check_entries(checks, n);
	free(checks);
}
