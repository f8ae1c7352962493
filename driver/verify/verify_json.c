// SPDX-License-Identifier: MIT
/* `irbpf verify --json`: the verifier's figures and verdicts for CI. */
#include "verify/verify.h"

#include <string.h>

static void json_string(FILE *out, const char *s)
{
	fputc('"', out);
	for (; s && *s; s++) {
		unsigned char ch = (unsigned char)*s;

		if (ch == '"' || ch == '\\')
			fprintf(out, "\\%c", ch);
		else if (ch == '\n')
			fputs("\\n", out);
		else if (ch == '\t')
			fputs("\\t", out);
		else if (ch < 0x20)
			fprintf(out, "\\u%04x", ch);
		else
			fputc(ch, out);
	}
	fputc('"', out);
}

static void json_key(FILE *out, const char *key, const char *value, bool last)
{
	fprintf(out, "\"%s\": ", key);
	json_string(out, value);
	fputs(last ? "" : ", ", out);
}

static void json_stats(FILE *out, const struct irbpf_prog_check *c)
{
	const struct irbpf_prog_stats *st = &c->stats;

	if (!st->valid)
		return;
	fprintf(out, ", \"insns\": %u", st->insns);
	if (!c->err)
		fprintf(out, ", \"verified_insns\": %u", st->verified_insns);
	fprintf(out, ", \"processed_insns\": %u, \"total_states\": %u, \"peak_states\": %u, "
		"\"max_states_per_insn\": %u, \"stack_depth\": %u, \"stack_depth_per_subprog\": [",
		st->processed_insns, st->total_states, st->peak_states,
		st->max_states_per_insn, st->stack_depth);
	for (unsigned k = 0; k < st->n_subprogs; k++)
		fprintf(out, "%s%u", k ? ", " : "", st->subprog_stack[k]);
	fprintf(out, "], \"verification_time_usec\": %llu", st->verification_usec);
}

static void json_location(FILE *out, const struct verify_loc *loc)
{
	if (loc->func[0]) {
		fputs(", ", out);
		json_key(out, "function", loc->func, true);
	}
	if (!loc->file[0])
		return;
	fputs(", ", out);
	json_key(out, "file", loc->file, true);
	fprintf(out, ", \"line\": %u, \"column\": %u, ", loc->line, loc->col);
	json_key(out, "source", loc->text, true);
}

static void json_diag(FILE *out, const struct verify_diag *d)
{
	fputs(", \"error\": {", out);
	json_key(out, "message", d->sum.error, true);
	if (d->insn >= 0)
		fprintf(out, ", \"insn\": %d", d->insn);
	if (d->sum.insn_text[0]) {
		fputs(", ", out);
		json_key(out, "instruction", d->sum.insn_text, true);
	}
	json_location(out, &d->loc);
	fputs(", \"details\": [", out);
	for (unsigned i = 0; i < d->sum.n_details; i++) {
		fputs(i ? ", " : "", out);
		json_string(out, d->sum.details[i]);
	}
	fputs("], \"registers\": [", out);
	for (unsigned i = 0; i < d->sum.n_regs; i++) {
		fputs(i ? ", {" : "{", out);
		json_key(out, "state", d->sum.regs[i].state, true);
		if (d->sum.regs[i].insn >= 0) {
			fprintf(out, ", \"insn\": %d, ", d->sum.regs[i].insn);
			json_key(out, "instruction", d->sum.regs[i].insn_text, true);
		}
		json_location(out, &d->reg_loc[i]);
		fputc('}', out);
	}
	fputs("], \"hint\": ", out);
	if (d->hint)
		json_string(out, d->hint);
	else
		fputs("null", out);
	fputc('}', out);
}

static void json_program(FILE *out, const struct verify_object *vo, size_t i)
{
	const struct irbpf_prog_check *c = &vo->checks[i];

	fputs("{", out);
	json_key(out, "name", c->name, false);
	json_key(out, "section", c->section, false);
	json_key(out, "type", verify_type_name(c), false);
	json_key(out, "verdict", verify_verdict(c), true);
	if (c->err)
		fprintf(out, ", \"errno\": %d", -c->err);
	json_stats(out, c);
	if (c->rejected) {
		json_diag(out, &vo->diags[i]);
	} else if (c->err) {
		char reason[128];

		libbpf_strerror(c->err, reason, sizeof(reason));
		fputs(", \"error\": {", out);
		json_key(out, "message", reason, true);
		fputs("}", out);
	}
	fputs("}", out);
}

static void json_object(FILE *out, const struct verify_object *vo)
{
	fputs("    {", out);
	json_key(out, "file", vo->path, true);
	if (vo->err) {
		fputs(", \"error\": ", out);
		json_string(out, vo->error);
		fputs(", \"hint\": ", out);
		if (vo->hint)
			json_string(out, vo->hint);
		else
			fputs("null", out);
	}
	fputs(", \"programs\": [", out);
	for (size_t i = 0; i < vo->n_checks; i++) {
		fputs(i ? ",\n      " : "\n      ", out);
		json_program(out, vo, i);
	}
	fputs(vo->n_checks ? "\n    ]}" : "]}", out);
}

void verify_report_json(FILE *out, const struct verify_object *objs, size_t n)
{
	unsigned accepted = 0, rejected = 0, errors = 0;

	fputs("{\n  \"objects\": [\n", out);
	for (size_t o = 0; o < n; o++) {
		json_object(out, &objs[o]);
		fputs(o + 1 < n ? ",\n" : "\n", out);
		errors += objs[o].err != 0;
		for (size_t i = 0; i < objs[o].n_checks; i++) {
			const struct irbpf_prog_check *c = &objs[o].checks[i];

			accepted += !c->err;
			rejected += c->rejected;
			errors += c->err && !c->rejected;
		}
	}
	fprintf(out, "  ],\n  \"accepted\": %u,\n  \"rejected\": %u,\n  \"errors\": %u\n}\n",
		accepted, rejected, errors);
}
