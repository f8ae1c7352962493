// SPDX-License-Identifier: MIT
/* The run loop: poll the signalfd and the trace pipe, wake for timers. */
#include "loop.h"

#include <errno.h>
#include <stdint.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/signalfd.h>
#include <time.h>
#include <unistd.h>

#include "msg.h"
#include "report.h"
#include "trace_stream.h"

/* Upper bound of one wait, in case a trace_pipe wake-up is missed. */
#define MAX_WAIT_MS 500
#define NEVER INT64_MAX

int loop_signals(void)
{
	sigset_t set;
	int fd;

	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGHUP);
	/* a closed stdout must not kill us before we detach */
	signal(SIGPIPE, SIG_IGN);
	if (sigprocmask(SIG_BLOCK, &set, NULL) ||
	    (fd = signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK)) < 0) {
		agent_error("cannot set up signal handling: %s", strerror(errno));
		return -1;
	}
	return fd;
}

static int64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int64_t min64(int64_t a, int64_t b)
{
	return a < b ? a : b;
}

/* Whether a stop signal arrived (and which, in @signo). */
static int got_signal(int sigfd, int *signo)
{
	struct signalfd_siginfo si;

	if (read(sigfd, &si, sizeof(si)) != (ssize_t)sizeof(si))
		return 0;
	*signo = (int)si.ssi_signo;
	return 1;
}

int loop_run(const struct agent_options *opts, int sigfd, struct trace_stream *ts,
	     struct bpf_object *obj, FILE *out)
{
	int64_t start = now_ms();
	int64_t interval = (int64_t)(opts->interval * 1000);
	int64_t end = opts->duration > 0 ? start + (int64_t)(opts->duration * 1000) : NEVER;
	int64_t next_print = interval > 0 ? start + interval : NEVER;
	int signo;

	for (;;) {
		struct pollfd fds[2] = {
			{ .fd = sigfd, .events = POLLIN },
			{ .fd = ts->fd, .events = POLLIN },
		};
		int64_t t = now_ms(), wait;
		char title[64];

		if (t >= end)
			return 0;
		if (t >= next_print) {
			trace_stream_pump(ts, out);
			snprintf(title, sizeof(title), "-- maps after %.1f s",
				 (double)(t - start) / 1000);
			report_maps(out, obj, title, opts->max_entries);
			next_print += interval;
			if (next_print <= t)
				next_print = t + interval;
			continue;
		}
		wait = min64(min64(end, next_print) - t, MAX_WAIT_MS);
		if (poll(fds, ts->fd >= 0 ? 2 : 1, (int)wait) < 0 && errno != EINTR)
			return -errno;
		trace_stream_pump(ts, out);
		if (got_signal(sigfd, &signo)) {
			fprintf(out, "irbpf-agent: %s, stopping\n", strsignal(signo));
			return 0;
		}
	}
}
