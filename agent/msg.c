// SPDX-License-Identifier: MIT
/* Diagnostics of irbpf-agent: one line each on stderr. */
#include "msg.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <bpf/libbpf.h>

static void emit(const char *kind, const char *fmt, va_list ap)
{
	fprintf(stderr, "irbpf-agent: %s: ", kind);
	vfprintf(stderr, fmt, ap);
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

/* libbpf's messages about a rejected program, which load.c reports with
 * the verifier's reason instead. */
static bool is_rejection_message(const char *fmt)
{
	static const char *const said_better[] = {
		"BPF program load failed",
		"failed to load: ",
		"failed to load object",
	};

	for (size_t i = 0; i < sizeof(said_better) / sizeof(said_better[0]); i++)
		if (strstr(fmt, said_better[i]))
			return true;
	return false;
}

static int print_warnings(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	if (level != LIBBPF_WARN || is_rejection_message(fmt))
		return 0;
	return vfprintf(stderr, fmt, ap);
}

static int print_all(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	(void)level;
	return vfprintf(stderr, fmt, ap);
}

static int print_nothing(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	(void)level;
	(void)fmt;
	(void)ap;
	return 0;
}

void agent_libbpf_messages(enum libbpf_messages which)
{
	switch (which) {
	case LIBBPF_MESSAGES_NONE:
		libbpf_set_print(print_nothing);
		break;
	case LIBBPF_MESSAGES_WARNINGS:
		libbpf_set_print(print_warnings);
		break;
	case LIBBPF_MESSAGES_ALL:
		libbpf_set_print(print_all);
		break;
	}
}
