// SPDX-License-Identifier: MIT
/*
 * Which LLVM wrote each input, read before any LLVM is touched: irbpf
 * chooses the LLVM to run from it (see cli/llvmlib/select.c).
 */
#include "stages/input/producers.h"

#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <llvm-c/Core.h>

#include "diag/diag.h"
#include "io/input_file.h"
#include "stages/input/read_bitcode_id.h"
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

/* Bytes that no input irbpf reads starts with: binary data that is not
 * bitcode, an ELF object or an archive. */
static bool never_an_input(const char *head, size_t len)
{
	static const char *const magics[] = {
		"BC\xc0\xde", "\xde\xc0\x17\x0b", "\x7f" "ELF", "!<arch>\n", "!<thin>\n",
	};

	for (size_t i = 0; i < sizeof(magics) / sizeof(magics[0]); i++)
		if (len >= strlen(magics[i]) && !memcmp(head, magics[i], strlen(magics[i])))
			return false;
	return memchr(head, '\0', len < INPUT_FILE_HEAD ? len : INPUT_FILE_HEAD) != NULL;
}

/*
 * Standard input, when it is not a regular file, becomes a memory file
 * holding what it had: fd 0 is then that file, at offset 0. Spooling stops
 * past INPUT_FILE_MAX bytes, or after the first block of a stream that is
 * no input at all, so that /dev/zero does not fill memory: the read stage
 * then refuses what it finds.
 */
static int spool_stdin(void)
{
	char buf[65536];
	int fd = memfd_create("irbpf-stdin", MFD_CLOEXEC);
	size_t total = 0;
	ssize_t n;

	if (fd < 0)
		return -1;
	while ((n = read(STDIN_FILENO, buf, sizeof(buf))) != 0) {
		if (n < 0 || write(fd, buf, (size_t)n) != n) {
			close(fd);
			return -1;
		}
		if ((!total && never_an_input(buf, (size_t)n)) || total > INPUT_FILE_MAX)
			break;
		total += (size_t)n;
	}
	if (dup2(fd, STDIN_FILENO) < 0) {
		close(fd);
		return -1;
	}
	close(fd);
	return lseek(STDIN_FILENO, 0, SEEK_SET) < 0 ? -1 : 0;
}

static int open_input(const char *path, struct stat *st, off_t *start)
{
	int fd;

	*start = 0;
	if (strcmp(path, "-")) {
		fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
		if (fd >= 0 && (fstat(fd, st) || !S_ISREG(st->st_mode))) {
			close(fd);
			return -1;
		}
		return fd;
	}
	if (fstat(STDIN_FILENO, st))
		return -1;
	if (!S_ISREG(st->st_mode) && (spool_stdin() || fstat(STDIN_FILENO, st)))
		return -1;
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
		return -1;
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
