// SPDX-License-Identifier: MIT
/*
 * Verifier log summary. At log level 1 the kernel keeps only the path
 * that failed: instructions ("7: (79) r6 = *(u64 *)(r0 +0)"), each with
 * the registers it changed ("; R0=..."), source lines ("; ... @ f.c:9"),
 * full states ("7: R0=... R10=fp0", "from 4 to 6: ..."), then the error
 * and the statistics. Everything is read backwards from the end.
 */
#include "loader.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TAIL_MAX 64		/* lines between the last insn and the end */
#define SCAN_MAX 100000		/* lines searched back for a register */

struct line {
	const char *p;
	size_t len;
};

/* Walks a log's lines from the last to the first. */
struct cursor {
	const char *log;
	const char *end;	/* end of the next line to return */
};

static void cursor_init(struct cursor *c, const char *log)
{
	size_t len = strlen(log);

	c->log = log;
	c->end = log + len;
	if (len && log[len - 1] == '\n')
		c->end--;
}

static bool cursor_prev(struct cursor *c, struct line *l)
{
	const char *start = c->end;

	if (!c->end)
		return false;
	while (start > c->log && start[-1] != '\n')
		start--;
	l->p = start;
	l->len = (size_t)(c->end - start);
	c->end = start > c->log ? start - 1 : NULL;
	return true;
}

static bool starts_with(const struct line *l, const char *prefix)
{
	size_t n = strlen(prefix);

	return l->len >= n && !memcmp(l->p, prefix, n);
}

/* "N: " at the start of @l: returns N and the text after it, else -1. */
static int leading_index(const struct line *l, const char **rest)
{
	const char *p = l->p, *end = l->p + l->len;
	long n = 0;

	if (p == end || !isdigit((unsigned char)*p))
		return -1;
	while (p < end && isdigit((unsigned char)*p) && n < 100000000)
		n = n * 10 + (*p++ - '0');
	if (end - p < 2 || p[0] != ':' || p[1] != ' ')
		return -1;
	*rest = p + 2;
	return (int)n;
}

/* An instruction line, "7: (79) r6 = ...": its index, else -1. */
static int insn_index(const struct line *l)
{
	const char *rest;
	int n = leading_index(l, &rest);

	return n >= 0 && rest < l->p + l->len && *rest == '(' ? n : -1;
}

static bool is_noise(const struct line *l)
{
	const char *rest;

	if (!l->len || starts_with(l, "; "))
		return true;
	if (starts_with(l, "verification time ") || starts_with(l, "stack depth ") ||
	    starts_with(l, "processed ") || starts_with(l, "from "))
		return true;
	/* a full register state before an instruction */
	return leading_index(l, &rest) >= 0;
}

static void copy_line(char *buf, const char *p, size_t len)
{
	while (len && isspace((unsigned char)p[len - 1]))
		len--;
	if (len >= IRBPF_LOG_LINE)
		len = IRBPF_LOG_LINE - 1;
	memcpy(buf, p, len);
	buf[len] = '\0';
}

/* "7: (79) r6 = *(u64 *)(r0 +0)   ; R6_w=..." → "r6 = *(u64 *)(r0 +0)" */
static void insn_text(const struct line *l, char *buf)
{
	const char *p = memchr(l->p, ')', l->len), *end = l->p + l->len;
	const char *semi;

	p = p ? p + 1 : l->p;
	while (p < end && *p == ' ')
		p++;
	semi = memchr(p, ';', (size_t)(end - p));
	copy_line(buf, p, (size_t)((semi ? semi : end) - p));
}

/* The error line and what follows it, in log order. */
static void read_error(struct line *tail, int n, struct irbpf_log_summary *sum)
{
	for (int i = n - 1; i >= 0; i--) {
		if (is_noise(&tail[i]))
			continue;
		if (!sum->error[0])
			copy_line(sum->error, tail[i].p, tail[i].len);
		else if (sum->n_details < IRBPF_LOG_DETAILS)
			copy_line(sum->details[sum->n_details++], tail[i].p, tail[i].len);
	}
}

/* The error's own insn ("infinite loop detected at insn 5"), else -1. */
static int insn_named_by_error(const char *error)
{
	static const char *const phrases[] = { "at insn ", "from insn " };

	for (size_t i = 0; i < sizeof(phrases) / sizeof(phrases[0]); i++) {
		const char *p = strstr(error, phrases[i]);

		if (p)
			return atoi(p + strlen(phrases[i]));
	}
	return -1;
}

static void find_insn_text(struct cursor c, int insn, char *buf)
{
	struct line l;

	for (int i = 0; i < SCAN_MAX && cursor_prev(&c, &l); i++) {
		if (insn_index(&l) == insn) {
			insn_text(&l, buf);
			return;
		}
	}
}

/* "R0=map_value_or_null(id=1,...)" starting at @p, without the "_w". */
static void reg_state(const char *p, const char *end, char *buf)
{
	const char *q = p;
	size_t n = 0;
	int depth = 0;

	for (; q < end && (depth || *q != ' '); q++) {
		depth += *q == '(';
		depth -= *q == ')' && depth;
	}
	for (const char *s = p; s < q && n < IRBPF_LOG_LINE - 1; s++) {
		if (s[0] == '_' && s[1] == 'w' && s[2] == '=')
			s += 2;
		buf[n++] = *s;
	}
	buf[n] = '\0';
}

/* "R<reg>=" or "R<reg>_w=" as a token of @l. */
static const char *find_reg(const struct line *l, int reg)
{
	char tok[16];
	int n = snprintf(tok, sizeof(tok), "R%d", reg);
	const char *end = l->p + l->len;

	for (const char *p = l->p; p + n < end; p++) {
		if (memcmp(p, tok, (size_t)n) || (p > l->p && p[-1] != ' '))
			continue;
		if (p[n] == '=' || (p[n] == '_' && p + n + 2 < end && p[n + 1] == 'w' &&
				    p[n + 2] == '='))
			return p;
	}
	return NULL;
}

static void trace_reg(struct cursor c, int reg, struct irbpf_log_reg *out)
{
	struct line l;

	out->insn = -1;
	for (int i = 0; i < SCAN_MAX && cursor_prev(&c, &l); i++) {
		const char *p = find_reg(&l, reg);

		if (!p)
			continue;
		reg_state(p, l.p + l.len, out->state);
		out->insn = insn_index(&l);
		if (out->insn >= 0)
			insn_text(&l, out->insn_text);
		return;
	}
}

/* Registers the error names ("R0 invalid mem access", "R1(id=0,..."). */
static void trace_regs(const struct cursor *before, struct irbpf_log_summary *sum)
{
	const char *e = sum->error;

	for (const char *p = strchr(e, 'R'); p && sum->n_regs < IRBPF_LOG_REGS;
	     p = strchr(p + 1, 'R')) {
		bool seen = false;
		int reg;

		if ((p > e && (isalnum((unsigned char)p[-1]) || p[-1] == '_')) ||
		    !isdigit((unsigned char)p[1]))
			continue;
		reg = atoi(p + 1);
		for (unsigned i = 0; i < sum->n_regs; i++)
			seen |= atoi(sum->regs[i].state + 1) == reg;
		if (seen)
			continue;
		trace_reg(*before, reg, &sum->regs[sum->n_regs]);
		if (sum->regs[sum->n_regs].state[0])
			sum->n_regs++;
	}
}

int irbpf_log_summarise(const char *log, struct irbpf_log_summary *sum)
{
	struct line tail[TAIL_MAX], last_insn = { 0 };
	struct cursor c;
	int n = 0;

	memset(sum, 0, sizeof(*sum));
	sum->insn = -1;
	cursor_init(&c, log);
	while (n < TAIL_MAX && cursor_prev(&c, &tail[n])) {
		if (insn_index(&tail[n]) >= 0) {
			last_insn = tail[n];
			break;
		}
		n++;
	}
	read_error(tail, n, sum);
	if (!sum->error[0])
		return -ENOENT;
	if (!last_insn.p)
		return 0;	/* e.g. checks made after the walk (stack size) */

	/* @c now stands before the last instruction line. */
	sum->insn = insn_named_by_error(sum->error);
	if (sum->insn < 0 || sum->insn == insn_index(&last_insn)) {
		sum->insn = insn_index(&last_insn);
		insn_text(&last_insn, sum->insn_text);
	} else {
		find_insn_text(c, sum->insn, sum->insn_text);
	}
	trace_regs(&c, sum);
	return 0;
}
