/* SPDX-License-Identifier: MIT */
/*
 * irbpf_loader: the libbpf loading code shared by `irbpf verify`,
 * `irbpf --verify` and irbpf-agent. Links only libbpf and libelf.
 *
 * Typical use for a real load (a loader):
 *
 *	irbpf_loader_libbpf_messages(false);
 *	obj = irbpf_object_open(&src);
 *	err = irbpf_object_load(obj, &fail);	// log captured only on failure
 *	if (err && fail.log)
 *		irbpf_log_summarise(fail.log, &sum);
 *
 * and for a verification-only check, where nothing may stay loaded:
 *
 *	err = irbpf_verify_object(&src, NULL, &checks, &n);
 *
 * All functions return 0 or a negative errno unless documented otherwise.
 */
#ifndef IRBPF_LOADER_H
#define IRBPF_LOADER_H

#include <stdbool.h>
#include <stddef.h>

#include <bpf/libbpf.h>

/* An object in a file, or in memory (then @path only names it). */
struct irbpf_source {
	const char *path;
	const void *data;
	size_t size;
};

/*
 * libbpf prints its warnings to stderr by default. Loaders report failures
 * themselves, so turn that off (false); true forwards libbpf's warnings as
 * "<program>: note: libbpf: ..." lines.
 */
void irbpf_loader_libbpf_messages(bool forward);

/* 0 when this process may load BPF programs, else -EPERM, -ENOSYS, ... */
int irbpf_loader_probe(void);

/*
 * Checks the structure of the object (ELF headers, sections, symbols,
 * relocations, BTF; see validate.h) that libbpf 1.1 trusts. 0, or -EINVAL
 * (-errno when it cannot be read) with a one-line reason in @why.
 */
int irbpf_object_validate(const struct irbpf_source *src, char *why, size_t why_size);

/* irbpf_object_validate(), then bpf_object__open_file() or
 * bpf_object__open_mem() (named after src->path's base name either way).
 * NULL with errno set on failure. */
struct bpf_object *irbpf_object_open(const struct irbpf_source *src);

/*
 * Prepares @obj for a load whose only purpose is verification: maps a
 * loader sizes at run time (max_entries 0, perf event arrays, ring
 * buffers) get the smallest size the kernel accepts, and pinning is
 * dropped so that nothing outlives the check.
 */
int irbpf_object_size_maps_for_verify(struct bpf_object *obj);

/* Why irbpf_object_load() failed. */
struct irbpf_load_failure {
	const struct bpf_program *prog;	/* program whose load failed, or NULL
					 * when the load failed before one */
	char *log;			/* its verifier log (log level 1) when the
					 * verifier rejected it, else NULL */
};

/*
 * Whether a load failed for want of a file descriptor (EMFILE, ENFILE).
 * The kernel verifies a program before it allocates its descriptor, so
 * such a failure can come with a verifier log that states no error.
 */
bool irbpf_err_is_fd_limit(int err);

/*
 * Whether this process can open as many descriptors as loading @obj takes
 * (its maps and programs, libbpf's probes). Out of descriptors, libbpf's
 * feature probes fail and it rewrites instructions for a kernel it takes
 * to be older, which the verifier then rejects: so this is checked first.
 * 0 or -EMFILE (-ENFILE).
 */
int irbpf_object_fd_headroom(struct bpf_object *obj);

/*
 * Loads @obj, after irbpf_object_fd_headroom(). Programs are loaded
 * without a verifier log; only a program
 * the kernel rejects is loaded again with log level 1 (libbpf's retry)
 * into a buffer that @fail then owns. Free it with
 * irbpf_load_failure_free().
 */
int irbpf_object_load(struct bpf_object *obj, struct irbpf_load_failure *fail);
void irbpf_load_failure_free(struct irbpf_load_failure *fail);

/*
 * Loads the object's BTF, as libbpf hands it to the kernel, and releases
 * it again. 0 when the kernel accepts it (or the object has none);
 * otherwise -errno and, when the kernel said why, its BTF log in *@log
 * (malloc'd, caller frees).
 */
int irbpf_object_check_btf(struct bpf_object *obj, char **log);

#define IRBPF_MAX_SUBPROGS 32

/* What the verifier reports about one program (veristat's figures). */
struct irbpf_prog_stats {
	bool valid;			/* the log carried the kernel's stats */
	unsigned insns;			/* instructions as submitted */
	unsigned verified_insns;	/* bpf_prog_info.verified_insns */
	unsigned processed_insns;	/* "processed N insns" */
	unsigned total_states;
	unsigned peak_states;
	unsigned max_states_per_insn;
	unsigned long long verification_usec;
	unsigned stack_depth;		/* sum over the subprograms */
	unsigned n_subprogs;
	unsigned subprog_stack[IRBPF_MAX_SUBPROGS];
};

/* Fills the figures the verifier prints at BPF_LOG_STATS into @st. */
int irbpf_log_stats(const char *log, struct irbpf_prog_stats *st);

/* Fills the figures from bpf_prog_info (verified_insns, insns). */
int irbpf_prog_fd_stats(int prog_fd, struct irbpf_prog_stats *st);

/* Verdict of the kernel's verifier on one program of an object. */
struct irbpf_prog_check {
	char *name;
	char *section;
	enum bpf_prog_type type;
	int err;			/* 0: accepted */
	bool rejected;			/* the verifier said no (see log) */
	char *log;			/* log level 1 + stats, when rejected */
	struct irbpf_prog_stats stats;
	struct bpf_insn *insns;		/* as submitted, when rejected */
	size_t insn_cnt;
	size_t main_insn_cnt;		/* leading insns of the program's own
					 * function; subprograms follow */
};

/*
 * Loads each program of @src (all, or only the one named @only) into the
 * verifier on its own, with BPF_LOG_STATS; a rejected program is loaded
 * once more with log level 1 for the path to the error. Everything is
 * unloaded again. *@checks has one entry per program (free with
 * irbpf_prog_checks_free()). Returns -errno only when the object itself
 * cannot be opened (-ENOENT: no program named @only).
 */
int irbpf_verify_object(const struct irbpf_source *src, const char *only,
			struct irbpf_prog_check **checks, size_t *n);
void irbpf_prog_checks_free(struct irbpf_prog_check *checks, size_t n);

/*
 * Repeats the open and a verification load of @src (only program @only,
 * if given) with libbpf's warnings forwarded: after a failure that left
 * no verifier log, this shows libbpf's reason.
 */
void irbpf_loader_replay(const struct irbpf_source *src, const char *only);

#define IRBPF_LOG_LINE 512
#define IRBPF_LOG_DETAILS 3
#define IRBPF_LOG_REGS 3

/* The register state behind an error, and the insn that produced it. */
struct irbpf_log_reg {
	char state[IRBPF_LOG_LINE];	/* "R0=map_value_or_null(id=1,...)" */
	int insn;			/* insn that set it, or -1 */
	char insn_text[IRBPF_LOG_LINE];
};

/* The part of a verifier log a developer needs, not the whole log. */
struct irbpf_log_summary {
	char error[IRBPF_LOG_LINE];	/* the verifier's error line */
	char details[IRBPF_LOG_DETAILS][IRBPF_LOG_LINE]; /* lines after it */
	unsigned n_details;
	int insn;			/* failing instruction, or -1 */
	char insn_text[IRBPF_LOG_LINE];	/* "r6 = *(u64 *)(r0 +0)" */
	struct irbpf_log_reg regs[IRBPF_LOG_REGS]; /* registers the error names */
	unsigned n_regs;
};

/* Summarises a verifier log; -ENOENT when it holds no error line. */
int irbpf_log_summarise(const char *log, struct irbpf_log_summary *sum);

/* The last non-empty line of a BTF load log (the kernel's complaint). */
void irbpf_btf_log_error(const char *log, char *buf, size_t size);

#endif
