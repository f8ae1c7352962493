/* SPDX-License-Identifier: MIT */
/* The kernel verifier at build time: `irbpf verify` and `--verify`. */
#ifndef IRBPF_VERIFY_H
#define IRBPF_VERIFY_H

#include <stdbool.h>
#include <stdio.h>

#include "loader.h"

/* Source position of an instruction, from the object's BTF line info. */
struct verify_loc {
	char file[256];			/* empty: no line info */
	unsigned line;
	unsigned col;
	char text[IRBPF_LOG_LINE];	/* the source line itself */
	char func[128];			/* function the insn belongs to */
};

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

/* Source mapping: ELF symbols and .BTF.ext line info of one object. */
struct verify_source;
struct verify_source *verify_source_open(const void *data, size_t size);
void verify_source_close(struct verify_source *vs);
/* Where insn @insn of program @check (as submitted) comes from. */
void verify_source_locate(const struct verify_source *vs,
			  const struct irbpf_prog_check *check, int insn,
			  struct verify_loc *loc);
#define VERIFY_MAX_SUBPROGS 256

/*
 * Start of each subprogram in the submitted instructions: the targets of
 * BPF-to-BPF calls and of callback references (ld_imm64 of a function).
 * Sorted, without duplicates; [0] is the program itself. Returns count.
 */
size_t verify_subprog_starts(const struct irbpf_prog_check *check, int *starts, size_t max);

/* A BPF-to-BPF call (not a helper or kfunc call). */
bool verify_insn_is_call(const struct bpf_insn *insn);

/* The call that took the stack over its limit, for "combined stack
 * size ... Too large"; -1 when it cannot be told. */
int verify_stack_call_site(const struct irbpf_prog_check *check);

/* Name of the function at subprogram index @k (0: the program). */
const char *verify_source_subprog(const struct verify_source *vs,
				  const struct irbpf_prog_check *check, unsigned k);

/* One line on what to change, for a known verifier message; or NULL. */
const char *verify_hint(const char *message);
/* ...for a BTF the kernel rejects. */
const char *verify_btf_hint(void);

/* The `irbpf verify` subcommand: argv[0] is "verify". */
int verify_main(int argc, char **argv);

#endif
