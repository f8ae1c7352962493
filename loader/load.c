// SPDX-License-Identifier: MIT
/* A real load: no verifier log unless a program is rejected. */
#include "loader.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The kernel keeps the tail of a longer log (since 6.4), where the error
 * is; pages of the buffer that the kernel does not write cost nothing. */
#define FAILURE_LOG_SIZE (16u << 20)

static size_t program_count(struct bpf_object *obj)
{
	struct bpf_program *prog;
	size_t n = 0;

	bpf_object__for_each_program(prog, obj)
		n++;
	return n;
}

/*
 * Each program gets its own buffer but keeps log level 0: libbpf then
 * loads without a log and, only when the kernel rejects a program,
 * retries it at log level 1 into that program's buffer. The buffer that
 * holds text afterwards names the rejected program.
 */
static int attach_log_buffers(struct bpf_object *obj, char **bufs)
{
	struct bpf_program *prog;
	size_t i = 0;
	int err;

	bpf_object__for_each_program(prog, obj) {
		bufs[i] = calloc(1, FAILURE_LOG_SIZE);
		if (!bufs[i])
			return -ENOMEM;
		err = bpf_program__set_log_buf(prog, bufs[i], FAILURE_LOG_SIZE);
		if (err)
			return err;
		i++;
	}
	return 0;
}

/* The program whose buffer holds text failed; its log is the verifier's
 * reason only when the kernel rejected it (@keep_log). */
static void take_failed_log(struct bpf_object *obj, char **bufs,
			    struct irbpf_load_failure *fail, bool keep_log)
{
	struct bpf_program *prog;
	size_t i = 0;

	bpf_object__for_each_program(prog, obj) {
		if (bufs[i] && bufs[i][0] && !fail->prog) {
			fail->prog = prog;
			if (!keep_log)
				break;
			fail->log = realloc(bufs[i], strlen(bufs[i]) + 1);
			if (!fail->log)
				fail->log = bufs[i];
			bufs[i] = NULL;
		}
		i++;
	}
}

/* Besides a descriptor per map and program, the object's BTF; libbpf's
 * feature probes, earlier, take the BTF's and two more. */
#define FD_BTF 1
#define FD_PROBES 3

int irbpf_object_fd_headroom(struct bpf_object *obj)
{
	struct bpf_program *prog;
	struct bpf_map *map;
	size_t need = FD_BTF, got = 0;
	int *fds, err = 0;

	bpf_object__for_each_map(map, obj)
		need += bpf_map__autocreate(map);
	bpf_object__for_each_program(prog, obj)
		need += bpf_program__autoload(prog);
	if (need < FD_PROBES)
		need = FD_PROBES;
	fds = calloc(need, sizeof(*fds));
	if (!fds)
		return -ENOMEM;
	while (got < need) {
		fds[got] = open("/dev/null", O_RDONLY | O_CLOEXEC);
		if (fds[got] < 0) {
			err = -errno;
			break;
		}
		got++;
	}
	while (got)
		close(fds[--got]);
	free(fds);
	return err;
}

int irbpf_object_load(struct bpf_object *obj, struct irbpf_load_failure *fail)
{
	size_t n = program_count(obj);
	char **bufs = calloc(n ? n : 1, sizeof(*bufs));
	int err;

	memset(fail, 0, sizeof(*fail));
	if (!bufs)
		return -ENOMEM;
	err = irbpf_object_fd_headroom(obj);
	if (!err)
		err = attach_log_buffers(obj, bufs);
	if (!err) {
		err = bpf_object__load(obj);
		if (err)
			take_failed_log(obj, bufs, fail, !irbpf_err_is_fd_limit(err));
	}
	/* libbpf reads the buffers only during the load. */
	for (size_t i = 0; i < n; i++)
		free(bufs[i]);
	free(bufs);
	return err;
}

bool irbpf_err_is_fd_limit(int err)
{
	return err == -EMFILE || err == -ENFILE;
}

void irbpf_load_failure_free(struct irbpf_load_failure *fail)
{
	free(fail->log);
	memset(fail, 0, sizeof(*fail));
}
