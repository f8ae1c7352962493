// SPDX-License-Identifier: MIT
/* "@FILE" arguments: long input lists from make, ninja and CMake. */
#include "cli/response.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag/diag.h"

#define MAX_DEPTH 16

struct arg_buf {
	char *data;
	size_t len, cap;
};

static int push_arg(struct response_args *out, char *arg)
{
	char **grown = realloc(out->argv, (size_t)(out->argc + 2) * sizeof(*grown));

	if (!grown) {
		free(arg);
		return -1;
	}
	grown[out->argc++] = arg;
	grown[out->argc] = NULL;
	out->argv = grown;
	return 0;
}

static int put_char(struct arg_buf *buf, char c)
{
	if (buf->len + 1 >= buf->cap) {
		size_t cap = buf->cap ? buf->cap * 2 : 64;
		char *grown = realloc(buf->data, cap);

		if (!grown)
			return -1;
		buf->data = grown;
		buf->cap = cap;
	}
	buf->data[buf->len++] = c;
	buf->data[buf->len] = '\0';
	return 0;
}

static char *read_file(const char *path, size_t *size)
{
	FILE *f = fopen(path, "rb");
	char *data = NULL, *grown;
	size_t len = 0, cap = 0, n;

	if (!f)
		return NULL;
	do {
		if (len == cap) {
			cap = cap ? cap * 2 : 4096;
			grown = realloc(data, cap + 1);
			if (!grown) {
				free(data);
				fclose(f);
				errno = ENOMEM;
				return NULL;
			}
			data = grown;
		}
		n = fread(data + len, 1, cap - len, f);
		len += n;
	} while (n > 0);
	if (ferror(f)) {
		free(data);
		fclose(f);
		errno = EIO;
		return NULL;
	}
	fclose(f);
	data[len] = '\0';
	*size = len;
	return data;
}

static int expand_arg(const char *arg, struct response_args *out, int depth);

/* Splits @text into arguments (libiberty's buildargv rules). */
static int expand_text(const char *text, size_t size, struct response_args *out,
		       int depth)
{
	struct arg_buf buf = { 0 };
	bool squote = false, dquote = false, escape = false, in_arg = false;
	int ret = 0;

	for (size_t i = 0; i < size && !ret; i++) {
		char c = text[i];
		bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
			     c == '\f' || c == '\v';

		if (!escape && !squote && !dquote && space) {
			if (in_arg)
				ret = expand_arg(buf.data ? buf.data : "", out, depth);
			buf.len = 0;
			if (buf.data)
				buf.data[0] = '\0';
			in_arg = false;
			continue;
		}
		in_arg = true;
		if (escape) {
			escape = false;
			ret = put_char(&buf, c);
		} else if (c == '\\') {
			escape = true;
		} else if (squote && c == '\'') {
			squote = false;
		} else if (dquote && c == '"') {
			dquote = false;
		} else if (!squote && !dquote && (c == '\'' || c == '"')) {
			squote = c == '\'';
			dquote = c == '"';
		} else {
			ret = put_char(&buf, c);
		}
	}
	if (in_arg && !ret)	/* the last argument, or an unterminated quote */
		ret = expand_arg(buf.data ? buf.data : "", out, depth);
	free(buf.data);
	return ret;
}

static int expand_file(const char *path, struct response_args *out, int depth)
{
	size_t size;
	char *text;
	int ret;

	if (depth >= MAX_DEPTH) {
		diag_error("response file '%s' nested more than %d deep", path, MAX_DEPTH);
		return -1;
	}
	text = read_file(path, &size);
	if (!text) {
		diag_error("cannot read response file '%s': %s", path, strerror(errno));
		return -1;
	}
	ret = expand_text(text, size, out, depth + 1);
	free(text);
	return ret;
}

static int push_copy(struct response_args *out, const char *arg)
{
	char *copy = strdup(arg);

	if (!copy || push_arg(out, copy)) {
		diag_error("out of memory");
		return -1;
	}
	return 0;
}

static int expand_arg(const char *arg, struct response_args *out, int depth)
{
	if (arg[0] == '@' && arg[1])
		return expand_file(arg + 1, out, depth);
	return push_copy(out, arg);
}

int response_expand(int argc, char **argv, struct response_args *out)
{
	out->argc = 0;
	out->argv = NULL;
	for (int i = 0; i < argc; i++) {
		/* argv[0] is the program name, never a response file. */
		if (i == 0 ? push_copy(out, argv[0]) : expand_arg(argv[i], out, 0)) {
			response_free(out);
			return -1;
		}
	}
	return 0;
}

void response_free(struct response_args *args)
{
	for (int i = 0; i < args->argc; i++)
		free(args->argv[i]);
	free(args->argv);
	args->argv = NULL;
	args->argc = 0;
}
