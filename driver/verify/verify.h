/* SPDX-License-Identifier: MIT */
/* The kernel verifier at build time: `irbpf verify` and `--verify`. */
#ifndef IRBPF_VERIFY_H
#define IRBPF_VERIFY_H

#include <stdbool.h>
#include <stdio.h>

#include "loader.h"
#include "verify/verify_source.h"

/* A rejected program, explained. */
struct verify_diag {
	struct irbpf_log_summary sum;
	int insn;				/* where it points, -1: entry */
	struct verify_loc loc;			/* of insn */
	struct verify_loc reg_loc[IRBPF_LOG_REGS];
	const char *hint;
	char stack[IRBPF_LOG_LINE];		/* "deep 304 + inner 304" */
};

/* Everything the verifier said about one object. */
struct verify_object {
	struct irbpf_source src;
	const char *path;
	int err;			/* the object itself failed (open, BTF) */
	char error[IRBPF_LOG_LINE];	/* ...and why */
	const char *hint;		/* set when the kernel rejected it */
	bool rust;			/* built from Rust: hints speak Rust */
	struct irbpf_prog_check *checks;
	size_t n_checks;
	struct verify_diag *diags;	/* one per check; set where rejected */
};

/* Checks the object in @src (only program @only if given) and explains
 * each rejection. Fills @vo; free with verify_object_free(). */
void verify_object_run(const struct irbpf_source *src, const char *only,
		       struct verify_object *vo);
void verify_object_free(struct verify_object *vo);

/* Number of programs the kernel did not accept, plus object failures. */
unsigned verify_object_failures(const struct verify_object *vo);

/* Compiler-style diagnostics on stderr for every failure of @vo. */
void verify_report_failures(const struct verify_object *vo);

/* "accepted", "rejected" (by the verifier) or "error" (before it). */
const char *verify_verdict(const struct irbpf_prog_check *c);
/* libbpf's name of the program type ("xdp", "socket_filter", ...). */
const char *verify_type_name(const struct irbpf_prog_check *c);

/* veristat-like table of all programs on @out. */
void verify_report_table(FILE *out, const struct verify_object *objs, size_t n);

/* One line per accepted program (for -v). */
void verify_report_brief(FILE *out, const struct verify_object *vo);

/* The same as JSON, for CI. */
void verify_report_json(FILE *out, const struct verify_object *objs, size_t n);

/* One line on what to change, for a known verifier message; or NULL.
 * @rust: in Rust's terms rather than C's. */
const char *verify_hint(const char *message, bool rust);
/* ...for a BTF the kernel rejects. */
const char *verify_btf_hint(bool rust);

/* The `irbpf verify` subcommand: argv[0] is "verify". */
int verify_main(int argc, char **argv);

#endif
