// SPDX-License-Identifier: MIT
/* The verifier's verdict as a compiler would put it, and as a table. */
#include "verify/verify.h"

#include <stdint.h>
#include <string.h>

#include "diag/diag.h"
#include "escape.h"

static void where(const struct verify_loc *loc, const char *path, char *buf, size_t size)
{
	if (!loc->file[0])
		snprintf(buf, size, "%s", path);
	else if (loc->col)
		snprintf(buf, size, "%s:%u:%u", loc->file, loc->line, loc->col);
	else
		snprintf(buf, size, "%s:%u", loc->file, loc->line);
}

/* The source line and a caret under the column, as clang shows them. */
static void print_snippet(const struct verify_loc *loc)
{
	size_t len = strlen(loc->text);

	if (!loc->text[0])
		return;
	fprintf(stderr, "%5u | ", loc->line);
	escape_fputs(stderr, loc->text, 0);
	fputc('\n', stderr);
	if (!loc->col || loc->col > len + 1)
		return;
	fputs("      | ", stderr);
	for (size_t i = 0; i + 1 < loc->col; i++)
		fprintf(stderr, "%*s", (int)escape_len(loc->text + i, 1), "");
	fputs("^\n", stderr);
}

static void print_error(const struct irbpf_prog_check *c, const struct verify_diag *d,
			const char *at)
{
	const struct verify_loc *loc = &d->loc;
	bool name_func = loc->func[0] && (!loc->file[0] || strcmp(loc->func, c->name));

	char func[sizeof(loc->func) + 16] = "", insn[32] = "";

	if (name_func)
		snprintf(func, sizeof(func), ", function '%s'", loc->func);
	if (d->insn >= 0)
		snprintf(insn, sizeof(insn), ", insn %d", d->insn);
	escape_line(stderr, "%s: error: %s (program '%s'%s%s)", at, d->sum.error, c->name,
		    func, insn);
}

static void print_regs(const struct verify_object *vo, const struct verify_diag *d,
		       const char *at)
{
	char reg_at[512];

	for (unsigned i = 0; i < d->sum.n_regs; i++) {
		const struct irbpf_log_reg *r = &d->sum.regs[i];

		if (r->insn < 0) {
			escape_line(stderr, "%s: note: %s", at, r->state);
			continue;
		}
		where(&d->reg_loc[i], vo->path, reg_at, sizeof(reg_at));
		escape_line(stderr, "%s: note: %s set by insn %d: %s", reg_at, r->state, r->insn,
			    r->insn_text);
	}
}

static void report_rejection(const struct verify_object *vo, const struct irbpf_prog_check *c,
			     const struct verify_diag *d)
{
	char at[512];

	where(&d->loc, vo->path, at, sizeof(at));
	print_error(c, d, at);
	print_snippet(&d->loc);
	for (unsigned i = 0; i < d->sum.n_details; i++)
		escape_line(stderr, "%s: note: %s", at, d->sum.details[i]);
	if (d->sum.insn >= 0 && d->sum.insn_text[0])
		escape_line(stderr, "%s: note: insn %d: %s", at, d->sum.insn, d->sum.insn_text);
	print_regs(vo, d, at);
	if (d->stack[0])
		escape_line(stderr, "%s: note: stack bytes per function: %s", at, d->stack);
	if (d->hint)
		escape_line(stderr, "%s: hint: %s", at, d->hint);
}

void verify_report_failures(const struct verify_object *vo)
{
	if (vo->err && vo->hint) {
		escape_line(stderr, "%s: error: %s", vo->path, vo->error);
		escape_line(stderr, "%s: hint: %s", vo->path, vo->hint);
		return;
	}
	if (vo->err) {
		diag_error("%s: %s", vo->path, vo->error);
		irbpf_loader_replay(&vo->src, NULL);
		return;
	}
	for (size_t i = 0; i < vo->n_checks; i++) {
		const struct irbpf_prog_check *c = &vo->checks[i];

		if (c->rejected) {
			report_rejection(vo, c, &vo->diags[i]);
		} else if (irbpf_err_is_fd_limit(c->err)) {
			diag_error("%s: cannot load program '%s' for verification: out of file "
				   "descriptors (%s; raise ulimit -n)", vo->path, c->name,
				   strerror(-c->err));
		} else if (c->err) {
			char reason[128];

			libbpf_strerror(c->err, reason, sizeof(reason));
			diag_error("%s: cannot load program '%s' for verification: %s",
				   vo->path, c->name, reason);
			irbpf_loader_replay(&vo->src, c->name);
		}
	}
}

const char *verify_verdict(const struct irbpf_prog_check *c)
{
	return !c->err ? "accepted" : c->rejected ? "rejected" : "error";
}

const char *verify_type_name(const struct irbpf_prog_check *c)
{
	const char *s = libbpf_bpf_prog_type_str(c->type);

	return s ? s : "unknown";
}

void verify_report_brief(FILE *out, const struct verify_object *vo)
{
	for (size_t i = 0; i < vo->n_checks; i++) {
		const struct irbpf_prog_check *c = &vo->checks[i];
		const struct irbpf_prog_stats *st = &c->stats;

		if (c->err)
			continue;
		fputs("irbpf: verify: program '", out);
		escape_fputs(out, c->name, 0);
		fprintf(out, "' (%s) accepted: %u insns, %u processed, "
			"%u peak states, stack %u bytes, %llu us\n", verify_type_name(c),
			st->insns, st->processed_insns, st->peak_states, st->stack_depth,
			st->verification_usec);
	}
}

struct widths {
	int file, prog, type;
};

static int max_int(int a, int b)
{
	return a > b ? a : b;
}

static struct widths column_widths(const struct verify_object *objs, size_t n)
{
	struct widths w = { 4, 7, 4 };

	for (size_t o = 0; o < n; o++) {
		w.file = max_int(w.file, (int)escape_len(objs[o].path, SIZE_MAX));
		for (size_t i = 0; i < objs[o].n_checks; i++) {
			w.prog = max_int(w.prog,
					 (int)escape_len(objs[o].checks[i].name, SIZE_MAX));
			w.type = max_int(w.type, (int)strlen(verify_type_name(&objs[o].checks[i])));
		}
	}
	return w;
}

static void print_row(FILE *out, const struct widths *w, const char *path,
		      const struct irbpf_prog_check *c)
{
	const struct irbpf_prog_stats *st = &c->stats;

	escape_fputs(out, path, w->file);
	fputs("  ", out);
	escape_fputs(out, c->name, w->prog);
	fprintf(out, "  %-*s  %-8s", w->type, verify_type_name(c), verify_verdict(c));
	if (!st->valid) {
		fprintf(out, "  %6s  %8s  %9s  %11s  %5s  %9s\n", "-", "-", "-", "-", "-", "-");
		return;
	}
	fprintf(out, "  %6u  ", st->insns);
	if (c->err)
		fprintf(out, "%8s", "-");
	else
		fprintf(out, "%8u", st->verified_insns);
	fprintf(out, "  %9u  %11u  %5u  %9llu\n", st->processed_insns, st->peak_states,
		st->stack_depth, st->verification_usec);
}

void verify_report_table(FILE *out, const struct verify_object *objs, size_t n)
{
	struct widths w = column_widths(objs, n);

	fprintf(out, "%-*s  %-*s  %-*s  %-8s  %6s  %8s  %9s  %11s  %5s  %9s\n", w.file, "File",
		w.prog, "Program", w.type, "Type", "Verdict", "Insns", "Verified", "Processed",
		"Peak states", "Stack", "Time (us)");
	for (size_t o = 0; o < n; o++) {
		if (objs[o].err) {
			escape_fputs(out, objs[o].path, w.file);
			fprintf(out, "  %-*s  %-*s  %s\n", w.prog, "-", w.type, "-", "error");
		}
		for (size_t i = 0; i < objs[o].n_checks; i++)
			print_row(out, &w, objs[o].path, &objs[o].checks[i]);
	}
}
