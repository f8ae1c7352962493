/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_OUTPUT_H
#define IRBPF_OUTPUT_H

#include <stddef.h>

/*
 * Writes @size bytes to @path atomically: a temporary file in the same
 * directory, renamed into place once complete. On failure the old file
 * (if any) is untouched and no temporary is left. "-" writes to stdout.
 */
int output_write_atomic(const char *path, const void *data, size_t size);

#endif
