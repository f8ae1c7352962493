/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_WRITE_OUTPUT_H
#define IRBPF_WRITE_OUTPUT_H

#include <stdbool.h>
#include <stddef.h>

/* One file a compilation writes: the object, the depfile. */
struct output_item {
	const char *path;	/* "-": standard output */
	const void *data;
	size_t size;
};

/* Most items one output_write() call takes. */
#define OUTPUT_MAX_ITEMS 2

/*
 * Writes all @items or none. A regular file (new, existing, or behind a
 * symlink, which stays) is written to a temporary ".irbpf-XXXXXX" in its
 * directory; once every temporary is complete they are renamed into place
 * in the order given, so list the item whose presence means "built" last.
 * A character device or FIFO (/dev/null, a pipe) and standard output are
 * written into directly, after the temporaries are complete; anything
 * else (a directory, a block device) is refused and left alone. SIGINT,
 * SIGTERM and SIGHUP remove the temporaries before the process dies of
 * them. Returns 0, or -1 after reporting.
 */
int output_write(const struct output_item *items, size_t n);

/* Whether @a and @b name the same file: the same device and inode when
 * both exist, else the same name in the same resolved directory. */
bool output_same_file(const char *a, const char *b);

#endif
