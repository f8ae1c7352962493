// SPDX-License-Identifier: MIT
#include "stages/output/write_output.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag/diag.h"

static int write_all(int fd, const char *p, size_t size)
{
	while (size) {
		ssize_t n = write(fd, p, size);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			if (n == 0)
				errno = EIO;
			return -1;
		}
		p += n;
		size -= (size_t)n;
	}
	return 0;
}

/* "dir/.name.XXXXXX" beside @path, so that rename() stays atomic. */
static int temp_name(const char *path, char *buf, size_t size)
{
	const char *slash = strrchr(path, '/');
	int n;

	if (slash)
		n = snprintf(buf, size, "%.*s/.%s.XXXXXX", (int)(slash - path), path,
			     slash + 1);
	else
		n = snprintf(buf, size, ".%s.XXXXXX", path);
	return n < 0 || (size_t)n >= size ? -1 : 0;
}

static mode_t default_file_mode(void)
{
	mode_t mask = umask(0);

	umask(mask);
	return 0666 & ~mask;
}

int output_write_atomic(const char *path, const void *data, size_t size)
{
	char tmp[PATH_MAX];
	int fd, err;

	if (!strcmp(path, "-")) {
		if (write_all(STDOUT_FILENO, data, size)) {
			diag_error("cannot write output to stdout: %s", strerror(errno));
			return -1;
		}
		return 0;
	}
	if (temp_name(path, tmp, sizeof(tmp))) {
		diag_error("output path too long: '%s'", path);
		return -1;
	}
	fd = mkstemp(tmp);
	if (fd < 0) {
		diag_error("cannot write output '%s': %s", path, strerror(errno));
		return -1;
	}
	err = write_all(fd, data, size) || fchmod(fd, default_file_mode()) ? errno : 0;
	if (close(fd) && !err)
		err = errno;
	if (!err && rename(tmp, path))
		err = errno;
	if (err) {
		unlink(tmp);
		diag_error("cannot write output '%s': %s", path, strerror(err));
		return -1;
	}
	return 0;
}
