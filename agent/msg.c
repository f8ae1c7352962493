// SPDX-License-Identifier: MIT
/* Diagnostics of irbpf-agent: one line each on stderr, names in it with
 * their control characters escaped. */
#include "msg.h"

#include <stdarg.h>
#include <stdio.h>

#include <bpf/libbpf.h>

#include "escape.h"

static void emit(const char *kind, const char *fmt, va_list ap)
{
	fprintf(stderr, "irbpf-agent: %s: ", kind);
	escape_vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void agent_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	emit("error", fmt, ap);
	va_end(ap);
}

void agent_warning(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	emit("warning", fmt, ap);
	va_end(ap);
}

void agent_note(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	emit("note", fmt, ap);
	va_end(ap);
}

static int print_all(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	(void)level;
	return vfprintf(stderr, fmt, ap);
}

void agent_libbpf_verbose(void)
{
	libbpf_set_print(print_all);
}
