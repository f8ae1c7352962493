// SPDX-License-Identifier: MIT
/*
 * Verifier log summary. A rejected program's log can run to thousands of
 * lines of register states; what a developer needs is at its end: the
 * error message(s), the instruction they refer to and the source line
 * (from BTF line info) that instruction came from.
 */
#include "vlog.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ERROR_LINES 10
#define MAX_LOOKBACK 64		/* lines searched for the instruction and source */

struct line {
	const char *s;
	int len;
};

static bool starts_with(const struct line *l, const char *prefix)
{
	size_t n = strlen(prefix);

	return (size_t)l->len >= n && !memcmp(l->s, prefix, n);
}

static bool is_blank(const struct line *l)
{
	for (int i = 0; i < l->len; i++)
		if (!isspace((unsigned char)l->s[i]))
			return false;
	return true;
}

/* "processed 12 insns (limit ...) ...", "verification time 5 usec", ... */
static bool is_statistics(const struct line *l)
{
	return is_blank(l) || starts_with(l, "processed ") ||
	       starts_with(l, "verification time ") || starts_with(l, "stack depth ") ||
	       starts_with(l, "max_states_per_insn ");
}

/* Digits then ':' — an instruction ("5: (71) r0 = ...") or a state line
 * ("5: R1=ctx() ..."); @op restricts it to instructions. */
static bool is_insn_line(const struct line *l, bool op)
{
	int i = 0;

	while (i < l->len && isdigit((unsigned char)l->s[i]))
		i++;
	if (i == 0 || i + 1 >= l->len || l->s[i] != ':' || l->s[i + 1] != ' ')
		return false;
	return !op || (i + 2 < l->len && l->s[i + 2] == '(');
}

static bool is_source_line(const struct line *l)
{
	return starts_with(l, "; ");
}

/* Part of the program walk rather than of the error message. */
static bool is_walk_line(const struct line *l)
{
	return is_insn_line(l, false) || is_source_line(l) || starts_with(l, "from ") ||
	       starts_with(l, "last_idx ") || starts_with(l, "regs=");
}

static size_t split_lines(const char *log, struct line **out)
{
	size_t n = 0, cap = 0;
	struct line *lines = NULL;
	const char *p = log;

	while (*p) {
		const char *nl = strchr(p, '\n');
		int len = nl ? (int)(nl - p) : (int)strlen(p);

		if (n == cap) {
			struct line *grown;

			cap = cap ? cap * 2 : 256;
			grown = realloc(lines, cap * sizeof(*lines));
			if (!grown)
				break;
			lines = grown;
		}
		lines[n].s = p;
		lines[n].len = len;
		n++;
		p += len + (nl ? 1 : 0);
	}
	*out = lines;
	return n;
}

static void print_line(FILE *out, const char *indent, const struct line *l)
{
	fprintf(out, "%s%.*s\n", indent, l->len, l->s);
}

/* Index of the last line before @before matching @pred (as instruction
 * or source line), searching at most MAX_LOOKBACK lines; -1 if none. */
static long find_back(const struct line *lines, size_t before, bool source)
{
	for (size_t i = before, k = 0; i > 0 && k < MAX_LOOKBACK; i--, k++) {
		const struct line *l = &lines[i - 1];

		if (source ? is_source_line(l) : is_insn_line(l, true))
			return (long)(i - 1);
	}
	return -1;
}

size_t vlog_summarize(const char *log, FILE *out, const char *indent)
{
	struct line *lines;
	size_t n = split_lines(log, &lines);
	size_t end = n, start;
	long insn, src;

	while (end > 0 && is_statistics(&lines[end - 1]))
		end--;
	start = end;
	while (start > 0 && end - start < MAX_ERROR_LINES && !is_walk_line(&lines[start - 1]))
		start--;
	if (start == end)	/* no message after the walk: show its tail */
		start = end > 5 ? end - 5 : 0;

	insn = find_back(lines, start, false);
	src = insn >= 0 ? find_back(lines, (size_t)insn, true) : -1;
	if (src >= 0)
		print_line(out, indent, &lines[src]);
	if (insn >= 0)
		print_line(out, indent, &lines[insn]);
	for (size_t i = start; i < end; i++)
		print_line(out, indent, &lines[i]);
	free(lines);
	return n;
}
