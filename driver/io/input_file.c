// SPDX-License-Identifier: MIT
/* Reading a file named on the command line, within bounds. */
#include "io/input_file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *const too_large = "larger than 1 GiB";
static const char *const not_a_file = "not a regular file or pipe";

/* Kinds of file a command can read to the end. */
static const char *refuse_kind(const struct stat *st)
{
	if (S_ISDIR(st->st_mode))
		return strerror(EISDIR);
	if (!S_ISREG(st->st_mode) && !S_ISFIFO(st->st_mode))
		return not_a_file;
	if (S_ISREG(st->st_mode) && (unsigned long long)st->st_size > INPUT_FILE_MAX)
		return too_large;
	return NULL;
}

/* A FIFO is opened without waiting for a writer (none: it is empty);
 * the descriptor then blocks again, as reads of a pipe should. */
static int open_input(const char *path, const char **why)
{
	struct stat st;
	int fd;

	if (stat(path, &st)) {
		*why = strerror(errno);
		return -1;
	}
	*why = refuse_kind(&st);
	if (*why)
		return -1;
	fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
	if (fd < 0) {
		*why = strerror(errno);
		return -1;
	}
	if (fstat(fd, &st) || (*why = refuse_kind(&st)) ||
	    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)) {
		if (!*why)
			*why = strerror(errno);
		close(fd);
		return -1;
	}
	return fd;
}

static int grow(struct input_file *f, size_t *cap)
{
	size_t want = *cap ? *cap * 2 : INPUT_FILE_HEAD;
	char *data;

	if (want > INPUT_FILE_MAX + 1)
		want = INPUT_FILE_MAX + 1;
	data = realloc(f->data, want + 1);
	if (!data)
		return -1;
	f->data = data;
	*cap = want;
	return 0;
}

/* Up to INPUT_FILE_MAX + 1 bytes, the one more telling "too large". */
static enum input_file_status read_all(int fd, input_file_check check,
				       struct input_file *f, const char **why)
{
	size_t cap = 0;
	int checked = !check;

	for (;;) {
		ssize_t n;

		if (f->size == cap && grow(f, &cap)) {
			*why = strerror(ENOMEM);
			return INPUT_FILE_UNREADABLE;
		}
		n = read(fd, f->data + f->size, cap - f->size);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			*why = strerror(errno);
			return INPUT_FILE_UNREADABLE;
		}
		f->size += (size_t)n;
		if (f->size > INPUT_FILE_MAX) {
			*why = too_large;
			return INPUT_FILE_UNREADABLE;
		}
		if (!checked && (n == 0 || f->size >= INPUT_FILE_HEAD)) {
			checked = 1;
			*why = check((const unsigned char *)f->data,
				     f->size < INPUT_FILE_HEAD ? f->size : INPUT_FILE_HEAD);
			if (*why)
				return INPUT_FILE_REFUSED;
		}
		if (n == 0)
			return INPUT_FILE_OK;
	}
}

enum input_file_status input_file_read(const char *path, input_file_check check,
				       struct input_file *out, const char **why)
{
	enum input_file_status status;
	int fd = path ? open_input(path, why) : STDIN_FILENO;

	out->data = NULL;
	out->size = 0;
	if (fd < 0)
		return INPUT_FILE_UNREADABLE;
	status = read_all(fd, check, out, why);
	if (path)
		close(fd);
	if (status != INPUT_FILE_OK) {
		input_file_free(out);
		return status;
	}
	out->data[out->size] = '\0';
	return INPUT_FILE_OK;
}

void input_file_free(struct input_file *f)
{
	free(f->data);
	f->data = NULL;
	f->size = 0;
}
