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

static void check_program(const struct irbpf_source *src, struct irbpf_prog_check *check)
{
	struct attempt at = { .log_level = LOG_STATS, .log_size = STATS_LOG_SIZE };
	bool kernel_saw_it;

	at.log = calloc(1, at.log_size);
	if (!at.log) {
		check->err = -ENOMEM;
		return;
	}
	check->err = load_alone(src, check, &at);
	irbpf_log_stats(at.log, &check->stats);
	/* An empty log: libbpf failed before the program reached the
	 * kernel (map creation, relocation, externs). Out of descriptors,
	 * the kernel verified it and then had no descriptor to return. */
	kernel_saw_it = at.log[0] != '\0';
	free(at.log);
	if (check->err && kernel_saw_it && !irbpf_err_is_fd_limit(check->err))
		check->err = load_with_full_log(src, check);
}

static int list_programs(struct bpf_object *obj, const char *only,
			 struct irbpf_prog_check **checks, size_t *n)
{
	struct bpf_program *prog;
	size_t cap = 0;

	bpf_object__for_each_program(prog, obj)
		cap++;
	*checks = calloc(cap ? cap : 1, sizeof(**checks));
	if (!*checks)
		return -ENOMEM;
	bpf_object__for_each_program(prog, obj) {
		struct irbpf_prog_check *c = &(*checks)[*n];

		if (only && strcmp(bpf_program__name(prog), only))
			continue;
		c->name = strdup(bpf_program__name(prog));
		c->section = strdup(bpf_program__section_name(prog));
		c->type = bpf_program__type(prog);
		(*n)++;
		if (!c->name || !c->section)
			return -ENOMEM;
	}
	return only && !*n ? -ENOENT : 0;
}

void irbpf_loader_replay(const struct irbpf_source *src, const char *only)
{
	struct bpf_object *obj;

	irbpf_loader_libbpf_messages(true);
	obj = irbpf_object_open(src);
	if (obj && (!only || select_program(obj, only)) &&
	    !irbpf_object_size_maps_for_verify(obj))
		bpf_object__load(obj);
	bpf_object__close(obj);
	irbpf_loader_libbpf_messages(false);
}

int irbpf_verify_object(const struct irbpf_source *src, const char *only,
			struct irbpf_prog_check **checks, size_t *n)
{
	struct bpf_object *obj;
	int err;

	*checks = NULL;
	*n = 0;
	obj = irbpf_object_open(src);
	if (!obj)
		return -errno;
	err = list_programs(obj, only, checks, n);
	bpf_object__close(obj);
	if (err) {
		irbpf_prog_checks_free(*checks, *n);
		*checks = NULL;
		*n = 0;
		return err;
	}
	for (size_t i = 0; i < *n; i++)
		check_program(src, &(*checks)[i]);
	return 0;
}

void irbpf_prog_checks_free(struct irbpf_prog_check *checks, size_t n)
{
	if (!checks)
		return;
	for (size_t i = 0; i < n; i++) {
		free(checks[i].name);
		free(checks[i].section);
		free(checks[i].log);
		free(checks[i].insns);
	}
	free(checks);
}
