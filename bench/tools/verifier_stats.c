// SPDX-License-Identifier: MIT
/*
 * verifier_stats: load every program of a BPF object into the kernel with
 * libbpf, asking the verifier for its statistics (log level 4), and print
 * one line per program:
 *
 *   PROGRAM <tab> SECTION <tab> OBJ_INSNS <tab> LOADED_INSNS <tab> PROCESSED
 *
 * OBJ_INSNS counts the program's own section in the object, LOADED_INSNS
 * what libbpf handed to the kernel (subprograms appended, CO-RE applied),
 * PROCESSED the verifier's "processed N insns".
 *
 * Exit status: 0 loaded, 1 error (the verifier log goes to stderr),
 * 77 when the kernel does not permit bpf().
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/libbpf.h>

#define EXIT_SKIP 77
#define STATS_LOG_LEVEL 4	/* BPF_LOG_STATS */
#define LOG_SIZE (64 * 1024)

struct prog_stats {
	struct bpf_program *prog;
	size_t obj_insns;
	char log[LOG_SIZE];
};

static int print_libbpf(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	if (level == LIBBPF_DEBUG)
		return 0;
	return vfprintf(stderr, fmt, ap);
}

static int bpf_permitted(void)
{
	int ret = libbpf_probe_bpf_prog_type(BPF_PROG_TYPE_SOCKET_FILTER, NULL);

	if (ret == 1)
		return 1;
	fprintf(stderr, "verifier_stats: bpf() not permitted here (%s)\n",
		strerror(ret < 0 ? -ret : EOPNOTSUPP));
	return 0;
}

static long processed_insns(const char *log)
{
	const char *p = strstr(log, "processed ");
	long n;

	if (!p || sscanf(p, "processed %ld insns", &n) != 1)
		return -1;
	return n;
}

static size_t count_programs(struct bpf_object *obj)
{
	struct bpf_program *prog;
	size_t n = 0;

	bpf_object__for_each_program(prog, obj)
		n++;
	return n;
}

static int prepare(struct bpf_object *obj, struct prog_stats *stats, size_t *n)
{
	struct bpf_program *prog;

	*n = 0;
	bpf_object__for_each_program(prog, obj) {
		struct prog_stats *st;

		if (!bpf_program__autoload(prog))
			continue;
		st = &stats[(*n)++];
		st->prog = prog;
		st->obj_insns = bpf_program__insn_cnt(prog);
		st->log[0] = '\0';
		if (bpf_program__set_log_buf(prog, st->log, sizeof(st->log)) ||
		    bpf_program__set_log_level(prog, STATS_LOG_LEVEL))
			return -1;
	}
	return 0;
}

static void report(const struct prog_stats *stats, size_t n)
{
	for (size_t i = 0; i < n; i++)
		printf("%s\t%s\t%zu\t%zu\t%ld\n", bpf_program__name(stats[i].prog),
		       bpf_program__section_name(stats[i].prog), stats[i].obj_insns,
		       bpf_program__insn_cnt(stats[i].prog), processed_insns(stats[i].log));
}

static void report_failure(const char *path, const struct prog_stats *stats, size_t n,
			   int err)
{
	fprintf(stderr, "verifier_stats: %s: load failed: %s\n", path, strerror(-err));
	for (size_t i = 0; i < n; i++)
		if (stats[i].log[0])
			fprintf(stderr, "--- %s:\n%s\n", bpf_program__name(stats[i].prog),
				stats[i].log);
}

int main(int argc, char **argv)
{
	struct prog_stats *stats = NULL;
	struct bpf_object *obj;
	size_t n = 0;
	int err, ret = 1;

	if (argc != 2) {
		fprintf(stderr, "usage: verifier_stats OBJECT\n");
		return 1;
	}
	libbpf_set_print(print_libbpf);
	if (!bpf_permitted())
		return EXIT_SKIP;
	obj = bpf_object__open_file(argv[1], NULL);
	if (!obj) {
		fprintf(stderr, "verifier_stats: %s: cannot open: %s\n", argv[1], strerror(errno));
		return 1;
	}
	stats = calloc(count_programs(obj) + 1, sizeof(*stats));
	if (!stats || prepare(obj, stats, &n))
		goto out;
	err = bpf_object__load(obj);
	if (err) {
		report_failure(argv[1], stats, n, err);
		goto out;
	}
	report(stats, n);
	ret = 0;
out:
	bpf_object__close(obj);
	free(stats);
	return ret;
}
