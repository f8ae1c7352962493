// SPDX-License-Identifier: MIT
/* Crash signals inside LLVM → "irbpf: error: internal error in LLVM ...". */
#include "llvm/crash.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag/diag.h"
#include "diag/stderr_capture.h"
#include "escape.h"
#include "llvm/compat.h"

#ifdef __has_feature
#if __has_feature(address_sanitizer)
#define IRBPF_ASAN 1
#endif
#endif
#ifdef __SANITIZE_ADDRESS__
#define IRBPF_ASAN 1
#endif

/* Deep recursion in a reader overflows the stack: handle it on another. */
static char crash_stack[64 * 1024];

static void put(int fd, const char *s)
{
	size_t n = strlen(s);

	while (n) {
		ssize_t w = write(fd, s, n);

		if (w <= 0)
			return;
		s += w;
		n -= (size_t)w;
	}
}

/* A name from the command line or an input, its control characters
 * escaped as in every other message. */
static void put_name(int fd, const char *s)
{
	char esc[ESCAPE_MAX + 1];

	for (; *s; s++) {
		size_t n = escape_char((unsigned char)*s, esc);

		if (!n)
			esc[n++] = *s;
		esc[n] = '\0';
		put(fd, esc);
	}
}

static const char *signal_name(int sig)
{
	switch (sig) {
	case SIGSEGV: return "SIGSEGV";
	case SIGBUS: return "SIGBUS";
	case SIGILL: return "SIGILL";
	case SIGFPE: return "SIGFPE";
	case SIGABRT: return "SIGABRT";
	default: return "signal";
	}
}

/*
 * Only async-signal-safe calls: write(2), _exit(2) and escape_char().
 * Nothing has been written yet while LLVM runs, so there is no output to
 * remove. What was
 * running comes from the diagnostics state the pipeline keeps (plain
 * reads); while a reader's stderr is captured, the message goes to the
 * real stderr.
 */
static void die(const char *what, const char *why)
{
	const struct diag_state *d = diag_current();
	const char *stage = d ? d->stage : NULL;
	const char *file = d ? d->reading : NULL;
	int fd = d && d->capture && d->capture->saved >= 0 ? d->capture->saved
							   : STDERR_FILENO;

	put(fd, "irbpf: error: ");
	put(fd, what);
	put(fd, " while ");
	if (stage && strcmp(stage, "read")) {
		put(fd, "running the '");
		put_name(fd, stage);
		put(fd, "' stage for ");
		file = d->program[0] ? d->program : NULL;
	} else {
		put(fd, "reading ");
	}
	put_name(fd, file ? file : "the input");
	put(fd, why);
	put(fd, "\n");
	_exit(1);
}

static void crash_handler(int sig)
{
	char why[32] = " (";

	strcat(why, signal_name(sig));
	strcat(why, ")");
	die("internal error in LLVM", why);
}

/* operator new failed: without this, libstdc++ would throw into
 * std::terminate, which prints its own message before irbpf's. */
static void out_of_memory(void)
{
	die("out of memory in LLVM", "");
}

void crash_install(void)
{
	static const int signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT };
	stack_t ss = { .ss_sp = crash_stack, .ss_size = sizeof(crash_stack) };
	struct sigaction sa = { .sa_handler = crash_handler,
				.sa_flags = SA_ONSTACK | SA_RESETHAND };

#ifdef IRBPF_ASAN
	return;		/* the sanitizer's own report is the more useful one */
#endif
	compat_set_new_handler(out_of_memory);
	if (sigaltstack(&ss, NULL))
		sa.sa_flags &= ~SA_ONSTACK;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < sizeof(signals) / sizeof(signals[0]); i++)
		sigaction(signals[i], &sa, NULL);
}
