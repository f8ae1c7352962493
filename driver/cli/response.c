// SPDX-License-Identifier: MIT
/* "@FILE" arguments: long input lists from make, ninja and CMake. */
#include "cli/response.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "io/input_file.h"
#include "diag/diag.h"

#define MAX_DEPTH 16
/* Response files read in all: make, ninja and CMake write one. */
#define MAX_FILES 1024

/* The files being expanded, outermost first, and what was read so far. */
struct expansion {
	struct response_args *out;
	struct { dev_t dev; ino_t ino; } open[MAX_DEPTH];
	int depth;
	unsigned files;
	size_t bytes;
};

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

static int expand_arg(const char *arg, struct expansion *ex);

/* Splits @text into arguments (libiberty's buildargv rules). */
static int expand_text(const char *path, const char *text, size_t size,
		       struct expansion *ex)
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
				ret = expand_arg(buf.data ? buf.data : "", ex);
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
	if (escape && !ret) {
		diag_error("response file '%s' ends in a backslash that escapes nothing", path);
		ret = -1;
	}
	if (in_arg && !ret)	/* the last argument, or an unterminated quote */
		ret = expand_arg(buf.data ? buf.data : "", ex);
	free(buf.data);
	return ret;
}

static const char *no_nul(const unsigned char *text, size_t len)
{
	return memchr(text, '\0', len) ? "contains a NUL byte" : NULL;
}

/* Limits that keep a hostile file from expanding for ever: depth, a file
 * that names itself (through any chain), and the total read. */
static int enter_file(const char *path, struct expansion *ex)
{
	struct stat st;

	if (ex->depth >= MAX_DEPTH) {
		diag_error("response file '%s' nested more than %d deep", path, MAX_DEPTH);
		return -1;
	}
	if (++ex->files > MAX_FILES) {
		diag_error("more than %d response files", MAX_FILES);
		return -1;
	}
	if (stat(path, &st))
		return 0;	/* reading it reports why */
	for (int i = 0; i < ex->depth; i++) {
		if (ex->open[i].dev == st.st_dev && ex->open[i].ino == st.st_ino) {
			diag_error("response file '%s' includes itself", path);
			return -1;
		}
	}
	ex->open[ex->depth].dev = st.st_dev;
	ex->open[ex->depth].ino = st.st_ino;
	return 0;
}

static int expand_file(const char *path, struct expansion *ex)
{
	struct input_file text;
	const char *why;
	int ret = -1;

	if (enter_file(path, ex))
		return -1;
	switch (input_file_read(path, no_nul, &text, &why)) {
	case INPUT_FILE_OK:
		break;
	case INPUT_FILE_UNREADABLE:
		diag_error("cannot read response file '%s': %s", path, why);
		return -1;
	case INPUT_FILE_REFUSED:
		diag_error("response file '%s' %s", path, why);
		return -1;
	}
	ex->bytes += text.size;
	why = no_nul((const unsigned char *)text.data, text.size);
	if (why)
		diag_error("response file '%s' %s", path, why);
	else if (ex->bytes > INPUT_FILE_MAX)
		diag_error("response files larger than 1 GiB in all");
	else {
		ex->depth++;
		ret = expand_text(path, text.data, text.size, ex);
		ex->depth--;
	}
	input_file_free(&text);
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

static int expand_arg(const char *arg, struct expansion *ex)
{
	if (arg[0] == '@' && arg[1])
		return expand_file(arg + 1, ex);
	return push_copy(ex->out, arg);
}

int response_expand(int argc, char **argv, struct response_args *out)
{
	struct expansion ex = { .out = out };

	out->argc = 0;
	out->argv = NULL;
	for (int i = 0; i < argc; i++) {
		/* argv[0] is the program name, never a response file. */
		if (i == 0 ? push_copy(out, argv[0]) : expand_arg(argv[i], &ex)) {
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
