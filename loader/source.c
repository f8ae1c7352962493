// SPDX-License-Identifier: MIT
/* Opening objects, probing for bpf(), and libbpf's own messages. */
#include "loader.h"
#include "escape.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <bpf/bpf.h>

static int libbpf_quiet(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	(void)level;
	(void)fmt;
	(void)ap;
	return 0;
}

static int libbpf_as_notes(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	char *text = NULL;
	int len;

	if (level != LIBBPF_WARN)
		return 0;
	len = vasprintf(&text, fmt, ap);
	if (len < 0)
		return len;
	/* One line each: libbpf ends its messages in "\n", names in them
	 * (paths, sections) are escaped. */
	if (len && text[len - 1] == '\n')
		text[len - 1] = '\0';
	fprintf(stderr, "%s: note: ", program_invocation_short_name);
	escape_fputs(stderr, text, 0);
	fputc('\n', stderr);
	free(text);
	return len;
}

void irbpf_loader_libbpf_messages(bool forward)
{
	libbpf_set_print(forward ? libbpf_as_notes : libbpf_quiet);
}

int irbpf_loader_probe(void)
{
	/* r0 = 0; exit: the smallest program; its load says whether bpf()
	 * is permitted at all, and if not, why (EPERM, ENOSYS). */
	const struct bpf_insn insns[] = {
		{ .code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = BPF_REG_0 },
		{ .code = BPF_JMP | BPF_EXIT },
	};
	int fd = bpf_prog_load(BPF_PROG_TYPE_SOCKET_FILTER, NULL, "GPL", insns, 2, NULL);

	if (fd < 0)
		return -errno;
	close(fd);
	return 0;
}

/* libbpf names an object opened from a file after its base name up to
 * the first '.'; name in-memory objects the same way so that internal
 * maps (".rodata" and friends) get the same names either way. */
static void object_name(const char *path, char *buf, size_t size)
{
	const char *base = strrchr(path, '/');
	char *dot;

	snprintf(buf, size, "%s", base ? base + 1 : path);
	dot = strchr(buf, '.');
	if (dot && dot != buf)
		*dot = '\0';
}

static bool is_directory(const char *path)
{
	struct stat st;

	return !stat(path, &st) && S_ISDIR(st.st_mode);
}

struct bpf_object *irbpf_object_open(const struct irbpf_source *src)
{
	char name[64], why[256];
	LIBBPF_OPTS(bpf_object_open_opts, opts, .object_name = name);
	struct bpf_object *obj;
	int err;

	err = irbpf_object_validate(src, why, sizeof(why));
	if (err) {
		errno = -err;
		return NULL;
	}
	object_name(src->path, name, sizeof(name));
	if (src->data) {
		obj = bpf_object__open_mem(src->data, src->size, &opts);
	} else if (is_directory(src->path)) {
		errno = EISDIR;		/* libelf would say "Something wrong" */
		return NULL;
	} else {
		obj = bpf_object__open_file(src->path, &opts);
	}
	if (!obj && !errno)
		errno = EINVAL;
	return obj;
}
