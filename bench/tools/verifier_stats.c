// SPDX-License-Identifier: MIT
/*
 * verifier_stats: load every program of a BPF object into the kernel's
 * verifier on its own (irbpf_loader, as `irbpf verify` does) and print
 * one line per program:
 *
 *   PROGRAM <tab> SECTION <tab> MAIN_INSNS <tab> INSNS <tab> PROCESSED
 *
 * MAIN_INSNS counts the program's own function in the object, INSNS what
 * libbpf handed to the kernel (subprograms appended, CO-RE applied),
 * PROCESSED the verifier's "processed N insns".
 *
 * Exit status: 0 every program accepted, 1 otherwise (the verifier's log
 * goes to stderr), 77 when the kernel does not permit bpf().
 */
#include <stdio.h>
#include <string.h>

#include "loader.h"

#define EXIT_SKIP 77

static int report(const char *path, const struct irbpf_prog_check *c)
{
	if (c->err || !c->stats.valid) {
		fprintf(stderr, "verifier_stats: %s: program %s not accepted: %s\n%s", path,
			c->name, c->err ? strerror(-c->err) : "no verifier statistics",
			c->log ? c->log : "");
		return -1;
	}
	printf("%s\t%s\t%zu\t%u\t%u\n", c->name, c->section, c->main_insn_cnt,
	       c->stats.insns, c->stats.processed_insns);
	return 0;
}

int main(int argc, char **argv)
{
	struct irbpf_source src = { 0 };
	struct irbpf_prog_check *checks;
	size_t n;
	int err, ret = 0;

	if (argc != 2) {
		fprintf(stderr, "usage: verifier_stats OBJECT\n");
		return 1;
	}
	irbpf_loader_libbpf_messages(false);
	err = irbpf_loader_probe();
	if (err) {
		fprintf(stderr, "verifier_stats: bpf() not permitted here (%s)\n", strerror(-err));
		return EXIT_SKIP;
	}
	src.path = argv[1];
	err = irbpf_verify_object(&src, NULL, &checks, &n);
	if (err) {
		fprintf(stderr, "verifier_stats: %s: cannot open: %s\n", argv[1], strerror(-err));
		return 1;
	}
	if (!n) {
		fprintf(stderr, "verifier_stats: %s: no programs\n", argv[1]);
		ret = 1;
	}
	for (size_t i = 0; i < n; i++)
		if (report(argv[1], &checks[i]))
			ret = 1;
	irbpf_prog_checks_free(checks, n);
	return ret;
}
