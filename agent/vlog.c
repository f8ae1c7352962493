// SPDX-License-Identifier: MIT
/*
 * What irbpf_log_summarise() leaves out of a verifier log: the source
 * line. With BTF line info the kernel prints "; <source> @ file:line"
 * before the instructions that came from it, so the line above the
 * failing instruction says where in the program the error is.
 */
#include "vlog.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

size_t vlog_count_lines(const char *log)
{
	size_t n = 0;

	for (const char *p = log; *p; p++)
		n += *p == '\n';
	return n + (*log && log[strlen(log) - 1] != '\n');
}

/* Start of the line before the one starting at @line, or NULL. */
static const char *prev_line(const char *log, const char *line)
{
	const char *p = line;

	if (p == log)
		return NULL;
	p--;			/* the '\n' ending the previous line */
	while (p > log && p[-1] != '\n')
		p--;
	return p;
}

/* The last line starting with "<insn>: (", or NULL. */
static const char *find_insn(const char *log, int insn)
{
	char prefix[24];
	const char *found = NULL;
	size_t n = (size_t)snprintf(prefix, sizeof(prefix), "%d: (", insn);

	for (const char *p = log; p && *p;) {
		if (!strncmp(p, prefix, n))
			found = p;
		p = strchr(p, '\n');
		p = p ? p + 1 : NULL;
	}
	return found;
}

int vlog_source_line(const char *log, int insn, char *buf, size_t size)
{
	const char *line = insn >= 0 ? find_insn(log, insn) : NULL;

	while (line && (line = prev_line(log, line))) {
		const char *end;

		if (strncmp(line, "; ", 2))
			continue;
		end = strchr(line, '\n');
		snprintf(buf, size, "%.*s", (int)((end ? end : line + strlen(line)) - line - 2),
			 line + 2);
		return 0;
	}
	return -1;
}
