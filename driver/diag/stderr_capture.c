// SPDX-License-Identifier: MIT
#include "diag/stderr_capture.h"

#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

void stderr_capture_begin(struct stderr_capture *c)
{
	c->saved = -1;
	c->mem = memfd_create("irbpf-stderr", MFD_CLOEXEC);
	if (c->mem < 0)
		return;
	fflush(stderr);
	c->saved = dup(STDERR_FILENO);
	if (c->saved < 0 || dup2(c->mem, STDERR_FILENO) < 0) {
		if (c->saved >= 0)
			close(c->saved);
		close(c->mem);
		c->saved = c->mem = -1;
	}
}

void stderr_capture_pause(const struct stderr_capture *c)
{
	if (c->saved < 0)
		return;
	fflush(stderr);
	dup2(c->saved, STDERR_FILENO);
}

void stderr_capture_resume(const struct stderr_capture *c)
{
	if (c->saved < 0)
		return;
	fflush(stderr);
	dup2(c->mem, STDERR_FILENO);
}

void stderr_capture_first_line(const struct stderr_capture *c, char *buf, size_t size)
{
	char text[1024];
	ssize_t n;
	char *line;

	buf[0] = '\0';
	if (c->saved < 0 || size == 0)
		return;
	n = pread(c->mem, text, sizeof(text) - 1, 0);
	if (n <= 0)
		return;
	text[n] = '\0';
	line = text + strspn(text, "\n");
	snprintf(buf, size, "%.*s", (int)strcspn(line, "\n"), line);
}

static void copy_out(int from, int to)
{
	char chunk[4096];
	off_t off = 0;
	ssize_t n;

	while ((n = pread(from, chunk, sizeof(chunk), off)) > 0) {
		if (write(to, chunk, (size_t)n) != n)
			return;
		off += n;
	}
}

void stderr_capture_end(struct stderr_capture *c, int drop)
{
	if (c->saved < 0)
		return;
	stderr_capture_pause(c);
	if (!drop)
		copy_out(c->mem, STDERR_FILENO);
	close(c->saved);
	close(c->mem);
	c->saved = c->mem = -1;
}
