/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_INPUT_FILE_H
#define IRBPF_INPUT_FILE_H

#include <stddef.h>

/* Largest file irbpf reads: anything bigger is not an input it can use. */
#define INPUT_FILE_MAX ((size_t)1 << 30)

/* Bytes of a file's start given to an input_file_check. */
#define INPUT_FILE_HEAD 4096

/*
 * Looks at the first INPUT_FILE_HEAD bytes of a file (all of a shorter
 * one) before the rest is read: NULL to go on, else why the file is not
 * what the command reads (reported as "FILE: <why>").
 */
typedef const char *(*input_file_check)(const unsigned char *head, size_t len);

struct input_file {
	char *data;		/* @size bytes and a NUL */
	size_t size;
};

enum input_file_status {
	INPUT_FILE_OK,
	INPUT_FILE_UNREADABLE,	/* @why: strerror() or what the file is */
	INPUT_FILE_REFUSED,	/* @why: what @check said */
};

/*
 * Reads the whole of @path, NULL for standard input: a regular file or a
 * pipe (any standard input) of at most INPUT_FILE_MAX bytes. A directory
 * is "Is a directory"; a device, a socket or a larger file is refused
 * without reading it for ever; a FIFO without a writer is empty instead of
 * waiting for one. @check (or NULL) sees the start first, so a stream of
 * the wrong kind stops early.
 */
enum input_file_status input_file_read(const char *path, input_file_check check,
				       struct input_file *out, const char **why);

void input_file_free(struct input_file *f);

#endif
