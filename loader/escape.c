// SPDX-License-Identifier: MIT
/* Control characters in printed text: see escape.h. */
#include "escape.h"

#include <stdlib.h>
#include <string.h>

size_t escape_char(unsigned char c, char *out)
{
	static const char hex[] = "0123456789abcdef";
	static const char named[] = "\a\b\t\n\v\f\r";
	static const char letter[] = "abtnvfr";
	const char *p;

	if (c >= 0x20 && c != 0x7f)
		return 0;
	out[0] = '\\';
	p = c ? strchr(named, c) : NULL;
	if (p) {
		out[1] = letter[p - named];
		return 2;
	}
	out[1] = 'x';
	out[2] = hex[c >> 4];
	out[3] = hex[c & 0xf];
	return 4;
}

size_t escape_len(const char *s, size_t n)
{
	char esc[ESCAPE_MAX];
	size_t len = 0;

	for (size_t i = 0; i < n && s[i]; i++) {
		size_t e = escape_char((unsigned char)s[i], esc);

		len += e ? e : 1;
	}
	return len;
}

int escape_fputs(FILE *f, const char *s, int width)
{
	char esc[ESCAPE_MAX];
	int written = 0;

	for (; *s; s++) {
		size_t n = escape_char((unsigned char)*s, esc);

		if (n ? fwrite(esc, 1, n, f) != n : fputc(*s, f) == EOF)
			return -1;
		written += n ? (int)n : 1;
	}
	for (; written < width; written++)
		if (fputc(' ', f) == EOF)
			return -1;
	return written;
}

int escape_vfprintf(FILE *f, const char *fmt, va_list ap)
{
	char *text = NULL;
	int ret;

	if (vasprintf(&text, fmt, ap) < 0)
		return -1;
	ret = escape_fputs(f, text, 0);
	free(text);
	return ret;
}

int escape_line(FILE *f, const char *fmt, ...)
{
	va_list ap;
	int ret;

	va_start(ap, fmt);
	ret = escape_vfprintf(f, fmt, ap);
	va_end(ap);
	if (ret >= 0 && fputc('\n', f) == EOF)
		ret = -1;
	return ret;
}
