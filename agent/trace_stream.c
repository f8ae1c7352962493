// SPDX-License-Identifier: MIT
/*
 * Streaming bpf_trace_printk lines. The kernel writes them to the global
 * trace buffer and, since bpf_trace_printk became a trace event, to every
 * tracing instance that enables bpf_trace/bpf_trace_printk. Reading a
 * trace_pipe consumes what it returns, so the agent reads its own
 * instance's pipe and leaves the global one to bpftool and cat.
 */
#include "trace_stream.h"

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <bpf/libbpf.h>
#include <linux/bpf.h>

#include "msg.h"

static bool calls_printk(const struct bpf_program *prog)
{
	const struct bpf_insn *insn = bpf_program__insns(prog);
	size_t n = bpf_program__insn_cnt(prog);

	for (size_t i = 0; i < n; i++) {
		if (insn[i].code != (BPF_JMP | BPF_CALL) || insn[i].src_reg != 0)
			continue;	/* not a helper call */
		if (insn[i].imm == BPF_FUNC_trace_printk || insn[i].imm == BPF_FUNC_trace_vprintk)
			return true;
	}
	return false;
}

bool trace_object_prints(const struct bpf_object *obj)
{
	struct bpf_program *prog;

	bpf_object__for_each_program(prog, obj)
		if (calls_printk(prog))
			return true;
	return false;
}

static int write_file(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	ssize_t n;

	if (fd < 0)
		return -errno;
	n = write(fd, text, strlen(text));
	close(fd);
	return n < 0 ? -errno : 0;
}

static int open_instance(struct trace_stream *ts, const char *root)
{
	char path[PATH_MAX + 64];
	int err;

	snprintf(ts->instance, sizeof(ts->instance), "%s/instances/irbpf-agent.%d", root,
		 (int)getpid());
	if (mkdir(ts->instance, 0700) && errno != EEXIST) {
		ts->instance[0] = '\0';
		return -errno;
	}
	snprintf(path, sizeof(path), "%s/events/bpf_trace/bpf_trace_printk/enable",
		 ts->instance);
	err = write_file(path, "1");
	if (!err) {
		snprintf(path, sizeof(path), "%s/trace_pipe", ts->instance);
		ts->fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
		if (ts->fd >= 0)
			return 0;
		err = -errno;
	}
	rmdir(ts->instance);
	ts->instance[0] = '\0';
	return err;
}

int trace_stream_open(struct trace_stream *ts, const char *root)
{
	char path[PATH_MAX];
	int err;

	memset(ts, 0, sizeof(*ts));
	ts->fd = -1;
	err = open_instance(ts, root);
	if (!err)
		return 0;
	agent_note("no tracing instance (%s); reading the global trace_pipe", strerror(-err));
	snprintf(path, sizeof(path), "%s/trace_pipe", root);
	ts->fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (ts->fd < 0) {
		err = -errno;
		agent_warning("cannot open %s: %s", path, strerror(-err));
		return err;
	}
	return 0;
}

/* Emits the complete lines at the start of ts->partial, keeps the rest. */
static int emit_lines(struct trace_stream *ts, FILE *out)
{
	size_t start = 0;
	int lines = 0;

	for (size_t i = 0; i < ts->partial_len; i++) {
		if (ts->partial[i] != '\n')
			continue;
		fwrite(ts->partial + start, 1, i + 1 - start, out);
		start = i + 1;
		lines++;
	}
	if (start == 0 && ts->partial_len == sizeof(ts->partial)) {
		/* a line longer than the buffer: pass it on in pieces */
		fwrite(ts->partial, 1, ts->partial_len, out);
		start = ts->partial_len;
	}
	memmove(ts->partial, ts->partial + start, ts->partial_len - start);
	ts->partial_len -= start;
	return lines;
}

int trace_stream_pump(struct trace_stream *ts, FILE *out)
{
	int lines = 0;

	if (ts->fd < 0)
		return 0;
	for (;;) {
		ssize_t n = read(ts->fd, ts->partial + ts->partial_len,
				 sizeof(ts->partial) - ts->partial_len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && errno == EAGAIN)
			break;
		if (n < 0) {
			/* keep running without the stream */
			int err = errno;

			agent_warning("reading the trace pipe: %s", strerror(err));
			close(ts->fd);
			ts->fd = -1;
			return -err;
		}
		if (n == 0)
			break;
		ts->partial_len += (size_t)n;
		lines += emit_lines(ts, out);
	}
	fflush(out);
	return lines;
}

void trace_stream_close(struct trace_stream *ts)
{
	if (ts->fd >= 0)
		close(ts->fd);
	ts->fd = -1;
	if (ts->instance[0] && rmdir(ts->instance))
		agent_warning("cannot remove tracing instance %s: %s", ts->instance,
			      strerror(errno));
	ts->instance[0] = '\0';
}
