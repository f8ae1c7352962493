/* SPDX-License-Identifier: MIT */
/*
 * Text from objects, IR and the command line (names, paths, licence
 * strings) printed for people: control characters are escaped C-style
 * ("\n", "\t", "\x1b") so that a name can neither split a message into
 * forged lines nor send terminal escape sequences. Bytes from 0x80 up
 * (UTF-8) are printed as they are.
 */
#ifndef IRBPF_ESCAPE_H
#define IRBPF_ESCAPE_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

/* Longest escape of one byte ("\x1b"), without a NUL. */
#define ESCAPE_MAX 4

/* The escape of byte @c into @out (ESCAPE_MAX bytes); returns its length,
 * 0 when @c prints as it is. Async-signal-safe. */
size_t escape_char(unsigned char c, char *out);

/* Columns the first @n bytes of @s (fewer at its NUL) take escaped. */
size_t escape_len(const char *s, size_t n);

/* Writes @s escaped to @f, padded with spaces to @width columns (as
 * "%-*s" would). Returns the number of bytes written, or -1. */
int escape_fputs(FILE *f, const char *s, int width);

/* vfprintf() to @f with the whole message escaped. */
int escape_vfprintf(FILE *f, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));

/* fprintf() of one line to @f: the text escaped, then a newline. */
int escape_line(FILE *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
