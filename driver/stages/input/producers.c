// SPDX-License-Identifier: MIT
/*
 * Which LLVM wrote each input, read before any LLVM is touched: irbpf
 * chooses the LLVM to run from it (see cli/llvmlib/select.c).
 */
#include "stages/input/producers.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <llvm-c/Core.h>

#include "diag/diag.h"
#include "stages/input/read_bitcode_id.h"
#include "stages/input/read_file.h"
#include "stages/input/read_container.h"

void input_producers_mem(const uint8_t *data, size_t size, producer_fn fn, void *arg)
{
	char text[128];
	struct producer p = { .text = text };

	if (bitcode_producer(data, size, text, sizeof(text)) ||
	    bitcode_producer_version(text, &p.major, &p.minor))
		return;
	fn(&p, arg);
}

/*
 * Standard input that is not a regular file is read as the read stage
 * reads it (bounded, refused at a wrong start) and becomes a memory file
 * holding those bytes: fd 0 is then that file, at offset 0. Returns 0, or
 * 1 after reporting why it cannot be read.
 */
static int spool_stdin(void)
{
	struct input_file in;
	int fd, ret = 1;

	if (read_input_file("-", &in))
		return 1;
	fd = memfd_create("irbpf-stdin", MFD_CLOEXEC);
	if (fd >= 0 && write(fd, in.data, in.size) == (ssize_t)in.size &&
	    dup2(fd, STDIN_FILENO) >= 0 && lseek(STDIN_FILENO, 0, SEEK_SET) == 0)
		ret = 0;
	else
		diag_error("<stdin>: cannot keep standard input: %s", strerror(errno));
	if (fd >= 0)
		close(fd);
	input_file_free(&in);
	return ret;
}

/* An open descriptor on the input at @path, mapped from @start; -1 when it
 * is no regular file (left for the read stage), -2 after an error. */
static int open_input(const char *path, struct stat *st, off_t *start)
{
	int fd;

	*start = 0;
	if (strcmp(path, "-")) {
		/* Only a regular file is opened: opening a FIFO would wait
		 * for a writer, or take the one waiting from the read stage. */
		if (stat(path, st) || !S_ISREG(st->st_mode))
			return -1;
		fd = open(path, O_RDONLY | O_CLOEXEC);
		if (fd >= 0 && (fstat(fd, st) || !S_ISREG(st->st_mode))) {
			close(fd);
			return -1;
		}
		return fd;
	}
	if (fstat(STDIN_FILENO, st))
		return -1;
	if (!S_ISREG(st->st_mode)) {
		if (spool_stdin())
			return -2;
		if (fstat(STDIN_FILENO, st))
			return -1;
	}
	*start = lseek(STDIN_FILENO, 0, SEEK_CUR);
	if (*start < 0 || *start > st->st_size)
		return -1;
	return dup(STDIN_FILENO);
}

struct each {
	producer_fn fn;
	void *arg;
};

static int module_producer(const struct input_module *mod, void *arg)
{
	struct each *e = arg;
	struct producer p = { .module = mod->name, .text = mod->producer };

	if (!bitcode_producer_version(mod->producer, &p.major, &p.minor))
		e->fn(&p, e->arg);
	return 0;
}

int input_producers(const char *path, producer_fn fn, void *arg)
{
	struct each e = { .fn = fn, .arg = arg };
	struct stat st;
	off_t start;
	void *map;
	int fd = open_input(path, &st, &start), ret;

	if (fd < 0)
		return fd == -2 ? 1 : -1;
	if (st.st_size == start) {
		close(fd);
		return 0;
	}
	map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (map == MAP_FAILED)
		return -1;
	ret = read_container(strcmp(path, "-") ? path : "<stdin>", (const uint8_t *)map + start,
			     (size_t)(st.st_size - start), false, module_producer, &e);
	munmap(map, (size_t)st.st_size);
	return ret < 0 ? 1 : 0;
}

bool producer_rustc_release(const char *text, char *buf, size_t size)
{
	const char *at = strstr(text, "-rust-");
	unsigned major, minor;

	if (!at || sscanf(at + 6, "%u.%u", &major, &minor) != 2)
		return false;
	snprintf(buf, size, "%u.%u", major, minor);
	return true;
}

struct readable {
	const char *path;
	int failed;
};

static void refuse_newer(const struct producer *p, void *arg)
{
	struct readable *r = arg;
	unsigned major, minor, patch;

	LLVMGetVersion(&major, &minor, &patch);
	if (producer_newer(p->major, p->minor, major, minor)) {
		diag_error("%s was produced by LLVM %u.%u but irbpf uses LLVM %u.%u "
			   "(producer '%s')", r->path, p->major, p->minor, major, minor,
			   p->text);
		r->failed = -1;
	}
}

int producers_check_readable(const char *path, const uint8_t *data, size_t size)
{
	struct readable r = { .path = path };

	input_producers_mem(data, size, refuse_newer, &r);
	return r.failed;
}
