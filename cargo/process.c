// SPDX-License-Identifier: MIT
#include "process.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

void argv_add(struct argv_list *l, const char *arg)
{
	if (l->failed)
		return;
	if (l->n + 2 > l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 16;
		const char **grown = realloc(l->argv, cap * sizeof(*grown));

		if (!grown) {
			l->failed = 1;
			return;
		}
		l->argv = grown;
		l->cap = cap;
	}
	l->argv[l->n++] = arg;
	l->argv[l->n] = NULL;
}

void argv_free(struct argv_list *l)
{
	free(l->argv);
	*l = (struct argv_list){ 0 };
}

static int wait_status(pid_t pid)
{
	int status;

	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	return 128 + WTERMSIG(status);
}

/* The child reports a failed exec through a close-on-exec pipe, so the
 * parent can tell "not found" from a program that ran and failed. */
static pid_t spawn(const char *const *argv, int out_fd)
{
	int err_pipe[2], child_errno = 0;
	pid_t pid;

	if (pipe2(err_pipe, O_CLOEXEC))
		return -1;
	pid = fork();
	if (pid == 0) {
		if (out_fd >= 0 && dup2(out_fd, STDOUT_FILENO) < 0)
			_exit(127);
		execvp(argv[0], (char *const *)argv);
		child_errno = errno;
		(void)!write(err_pipe[1], &child_errno, sizeof(child_errno));
		_exit(127);
	}
	close(err_pipe[1]);
	if (pid > 0 && read(err_pipe[0], &child_errno, sizeof(child_errno)) ==
			       (ssize_t)sizeof(child_errno)) {
		wait_status(pid);
		errno = child_errno;
		pid = -1;
	}
	close(err_pipe[0]);
	return pid;
}

int process_run(const char *const *argv)
{
	pid_t pid = spawn(argv, -1);

	return pid < 0 ? -1 : wait_status(pid);
}

static int read_all(int fd, char **out)
{
	size_t len = 0, cap = 4096;
	char *buf = malloc(cap);

	if (!buf)
		return -1;
	for (;;) {
		ssize_t got;

		if (len + 1 == cap) {
			char *grown = realloc(buf, cap * 2);
			if (!grown) {
				free(buf);
				return -1;
			}
			buf = grown;
			cap *= 2;
		}
		got = read(fd, buf + len, cap - len - 1);
		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0)
			break;
		len += (size_t)got;
	}
	buf[len] = '\0';
	*out = buf;
	return 0;
}

int process_capture(const char *const *argv, char **out)
{
	int fds[2], status, read_failed;
	pid_t pid;

	*out = NULL;
	if (pipe2(fds, O_CLOEXEC))
		return -1;
	pid = spawn(argv, fds[1]);
	close(fds[1]);
	if (pid < 0) {
		int saved = errno;
		close(fds[0]);
		errno = saved;
		return -1;
	}
	read_failed = read_all(fds[0], out);
	close(fds[0]);
	status = wait_status(pid);
	if (read_failed) {
		errno = ENOMEM;
		return -1;
	}
	return status;
}
