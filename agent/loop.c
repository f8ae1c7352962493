// SPDX-License-Identifier: MIT
/* The run loop: poll the signalfd and the trace pipe, wake for timers. */
#include "loop.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/signalfd.h>
#include <time.h>
#include <unistd.h>

#include "events.h"
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

/* The signalfd, the trace pipe if open, then the event readers. */
static struct pollfd *poll_set(int sigfd, const struct trace_stream *ts,
			       const struct events *ev, nfds_t *n)
{
	struct pollfd *fds = calloc(2 + events_fd_count(ev), sizeof(*fds));

	if (!fds)
		return NULL;
	*n = 0;
	fds[(*n)++] = (struct pollfd){ .fd = sigfd, .events = POLLIN };
	if (ts->fd >= 0)
		fds[(*n)++] = (struct pollfd){ .fd = ts->fd, .events = POLLIN };
	events_poll_fds(ev, fds + *n);
	*n += events_fd_count(ev);
	return fds;
}

/* Everything that arrived: trace lines and event records. */
static int drain(struct trace_stream *ts, struct events *ev, FILE *out)
{
	trace_stream_pump(ts, out);
	return events_consume(ev);
}

static int run(const struct agent_options *opts, int sigfd, struct loop_sources *src,
	       struct pollfd *fds, nfds_t nfds)
{
	int64_t start = now_ms();
	int64_t interval = (int64_t)(opts->interval * 1000);
	int64_t end = opts->duration > 0 ? start + (int64_t)(opts->duration * 1000) : NEVER;
	int64_t next_print = interval > 0 ? start + interval : NEVER;
	int signo, err;

	for (;;) {
		int64_t t = now_ms(), wait;
		char title[64];

		if (t >= end)
			return 0;
		if (t >= next_print) {
			err = drain(src->ts, src->ev, src->out);
			if (err)
				return err;
			snprintf(title, sizeof(title), "-- maps after %.1f s",
				 (double)(t - start) / 1000);
			report_maps(src->out, src->obj, src->ev, title, opts->max_entries);
			next_print += interval;
			if (next_print <= t)
				next_print = t + interval;
			continue;
		}
		wait = min64(min64(end, next_print) - t, MAX_WAIT_MS);
		if (poll(fds, nfds, (int)wait) < 0 && errno != EINTR)
			return -errno;
		err = drain(src->ts, src->ev, src->out);
		if (err)
			return err;
		if (got_signal(sigfd, &signo)) {
			fprintf(src->out, "irbpf-agent: %s, stopping\n", strsignal(signo));
			return 0;
		}
	}
}

int loop_run(const struct agent_options *opts, int sigfd, struct loop_sources *src)
{
	nfds_t nfds;
	struct pollfd *fds = poll_set(sigfd, src->ts, src->ev, &nfds);
	int err;

	if (!fds)
		return -ENOMEM;
	err = run(opts, sigfd, src, fds, nfds);
	free(fds);
	return err;
}
