// SPDX-License-Identifier: MIT
/* Putting output files in place: all or nothing, never over a non-file. */
#include "stages/output/write_output.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag/diag.h"

#define TEMP_BASE ".irbpf-XXXXXX"

enum output_kind {
	OUTPUT_RENAME,		/* a regular file: temporary, then rename() */
	OUTPUT_DIRECT,		/* a character device or FIFO: written into */
	OUTPUT_STDOUT,
};

struct pending {
	const struct output_item *item;
	enum output_kind kind;
	char *target;		/* what rename() replaces: @item->path, or its
				 * symlink's target; NULL unless OUTPUT_RENAME */
	int slot;		/* its temporary in temps[], or -1 */
};

/*
 * The temporaries that exist, for the handler of SIGINT, SIGTERM and
 * SIGHUP, which gets no argument: the one piece of mutable state outside
 * the options. Slots are filled (mkstemp) and emptied (rename, unlink)
 * with those signals blocked, so the handler never sees half of either.
 */
static struct {
	char path[PATH_MAX];
	volatile sig_atomic_t used;
} temps[OUTPUT_MAX_ITEMS];

static const int cleanup_signals[] = { SIGINT, SIGTERM, SIGHUP };

static void remove_temps_and_die(int sig)
{
	for (size_t i = 0; i < OUTPUT_MAX_ITEMS; i++)
		if (temps[i].used)
			unlink(temps[i].path);
	/* Dying of the signal tells the parent (make, a shell) what happened. */
	signal(sig, SIG_DFL);
	raise(sig);
}

/* Leaves a signal ignored (nohup, a background job) ignored. */
static void install_cleanup(void)
{
	struct sigaction sa = { .sa_handler = remove_temps_and_die }, old;

	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < sizeof(cleanup_signals) / sizeof(cleanup_signals[0]); i++)
		sigaddset(&sa.sa_mask, cleanup_signals[i]);
	for (size_t i = 0; i < sizeof(cleanup_signals) / sizeof(cleanup_signals[0]); i++)
		if (!sigaction(cleanup_signals[i], NULL, &old) && old.sa_handler != SIG_IGN)
			sigaction(cleanup_signals[i], &sa, NULL);
}

static void block_cleanup(sigset_t *old)
{
	sigset_t set;

	sigemptyset(&set);
	for (size_t i = 0; i < sizeof(cleanup_signals) / sizeof(cleanup_signals[0]); i++)
		sigaddset(&set, cleanup_signals[i]);
	sigprocmask(SIG_BLOCK, &set, old);
}

static void unblock_cleanup(const sigset_t *old)
{
	sigprocmask(SIG_SETMASK, old, NULL);
}

static int write_all(int fd, const char *p, size_t size)
{
	while (size) {
		ssize_t n = write(fd, p, size);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			if (n == 0)
				errno = EIO;
			return -1;
		}
		p += n;
		size -= (size_t)n;
	}
	return 0;
}

static void report(const char *path, int err)
{
	diag_error("cannot write output '%s': %s", path, strerror(err));
}

/*
 * How @item is written. Only regular files are ever replaced: a symlink
 * to one is written through (the link stays; /dev/stdout redirected to a
 * file is that file), a missing file is created.
 */
static int classify(const struct output_item *item, struct pending *p)
{
	struct stat st;

	p->item = item;
	p->slot = -1;
	p->target = NULL;
	if (!strcmp(item->path, "-")) {
		p->kind = OUTPUT_STDOUT;
		return 0;
	}
	p->kind = OUTPUT_RENAME;
	if (stat(item->path, &st)) {
		if (errno != ENOENT) {
			report(item->path, errno);
			return -1;
		}
		p->target = strdup(item->path);	/* new, or a dangling symlink */
	} else if (S_ISDIR(st.st_mode)) {
		report(item->path, EISDIR);
		return -1;
	} else if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode)) {
		p->kind = OUTPUT_DIRECT;
		return 0;
	} else if (!S_ISREG(st.st_mode)) {
		diag_error("cannot write output '%s': not a regular file, character device "
			   "or FIFO", item->path);
		return -1;
	} else {
		p->target = realpath(item->path, NULL);
	}
	if (!p->target) {
		report(item->path, errno);
		return -1;
	}
	return 0;
}

/* "dir/.irbpf-XXXXXX" beside @path, so that rename() stays atomic. */
static int temp_name(const char *path, char *buf, size_t size)
{
	const char *slash = strrchr(path, '/');
	int n;

	if (slash)
		n = snprintf(buf, size, "%.*s/" TEMP_BASE, (int)(slash - path), path);
	else
		n = snprintf(buf, size, TEMP_BASE);
	return n < 0 || (size_t)n >= size ? -1 : 0;
}

static mode_t default_file_mode(void)
{
	mode_t mask = umask(0);

	umask(mask);
	return 0666 & ~mask;
}

static int create_temp(struct pending *p, int slot)
{
	sigset_t old;
	int fd;

	if (temp_name(p->target, temps[slot].path, sizeof(temps[slot].path))) {
		report(p->item->path, ENAMETOOLONG);
		return -1;
	}
	block_cleanup(&old);
	fd = mkstemp(temps[slot].path);
	temps[slot].used = fd >= 0;
	unblock_cleanup(&old);
	if (fd < 0)
		report(p->item->path, errno);
	else
		p->slot = slot;
	return fd;
}

/* Takes the temporary out of temps[]: renamed into place, or removed. */
static int finish_temp(struct pending *p, int keep)
{
	sigset_t old;
	int err = 0;

	if (p->slot < 0)
		return 0;
	block_cleanup(&old);
	if (keep && rename(temps[p->slot].path, p->target))
		err = errno;
	if (!keep || err)
		unlink(temps[p->slot].path);
	temps[p->slot].used = 0;
	unblock_cleanup(&old);
	p->slot = -1;
	if (err)
		report(p->item->path, err);
	return err ? -1 : 0;
}

static int write_temp(struct pending *p, int slot)
{
	int fd = create_temp(p, slot), err;

	if (fd < 0)
		return -1;
	err = write_all(fd, p->item->data, p->item->size) ||
	      fchmod(fd, default_file_mode()) ? errno : 0;
	if (close(fd) && !err)
		err = errno;
	if (err) {
		finish_temp(p, 0);
		report(p->item->path, err);
		return -1;
	}
	return 0;
}

/* A device or FIFO: written as it is, never created or replaced. */
static int write_direct(const struct output_item *item)
{
	int fd = open(item->path, O_WRONLY | O_NOCTTY | O_CLOEXEC), err = 0;
	struct stat st;

	if (fd < 0) {
		report(item->path, errno);
		return -1;
	}
	if (fstat(fd, &st))
		err = errno;
	else if (!S_ISCHR(st.st_mode) && !S_ISFIFO(st.st_mode))
		err = -1;	/* replaced since classify() looked */
	else if (write_all(fd, item->data, item->size))
		err = errno;
	if (close(fd) && !err)
		err = errno;
	if (err < 0)
		diag_error("cannot write output '%s': it changed while being written",
			   item->path);
	else if (err)
		report(item->path, err);
	return err ? -1 : 0;
}

static int put_in_place(struct pending *p)
{
	switch (p->kind) {
	case OUTPUT_RENAME:
		return finish_temp(p, 1);
	case OUTPUT_DIRECT:
		return write_direct(p->item);
	case OUTPUT_STDOUT:
		if (!write_all(STDOUT_FILENO, p->item->data, p->item->size))
			return 0;
		diag_error("cannot write output to standard output: %s", strerror(errno));
		return -1;
	}
	return -1;
}

int output_write(const struct output_item *items, size_t n)
{
	struct pending p[OUTPUT_MAX_ITEMS];
	size_t ready = 0;
	int ret = 0;

	if (n > OUTPUT_MAX_ITEMS) {
		diag_error("too many output files");
		return -1;
	}
	install_cleanup();
	/* A reader that went away is an error to report, not a death. */
	signal(SIGPIPE, SIG_IGN);
	for (; ready < n && !ret; ready++) {
		ret = classify(&items[ready], &p[ready]);
		if (!ret && p[ready].kind == OUTPUT_RENAME)
			ret = write_temp(&p[ready], (int)ready);
	}
	for (size_t i = 0; i < ready && !ret; i++)
		ret = put_in_place(&p[i]);
	for (size_t i = 0; i < ready; i++) {
		finish_temp(&p[i], 0);
		free(p[i].target);
	}
	return ret;
}

/* Where @path would be created: its directory resolved, then its name. */
static char *resolved_name(const char *path)
{
	char *dir_copy = strdup(path), *base_copy = strdup(path), *dir = NULL, *out = NULL;

	if (dir_copy && base_copy)
		dir = realpath(dirname(dir_copy), NULL);
	if (dir && asprintf(&out, "%s/%s", dir, basename(base_copy)) < 0)
		out = NULL;
	free(dir);
	free(dir_copy);
	free(base_copy);
	return out;
}

bool output_same_file(const char *a, const char *b)
{
	struct stat sa, sb;
	char *ra, *rb;
	bool same;

	if (!strcmp(a, b))
		return true;
	if (!strcmp(a, "-") || !strcmp(b, "-"))
		return false;
	if (!stat(a, &sa) && !stat(b, &sb))
		return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
	ra = resolved_name(a);
	rb = resolved_name(b);
	same = ra && rb && !strcmp(ra, rb);
	free(ra);
	free(rb);
	return same;
}
