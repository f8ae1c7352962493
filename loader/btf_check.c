// SPDX-License-Identifier: MIT
/* The kernel's verdict on an object's BTF. */
#include "loader.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/btf.h>

#define BTF_LOG_SIZE (4u << 20)

int irbpf_object_check_btf(struct bpf_object *obj, char **log)
{
	struct btf *btf = bpf_object__btf(obj);
	const void *raw;
	__u32 size;
	int fd, err;

	*log = NULL;
	if (!btf)
		return 0;
	/* Finalised by the open (section sizes, variable offsets, externs):
	 * the bytes libbpf would load. */
	raw = btf__raw_data(btf, &size);
	if (!raw)
		return -ENOMEM;
	*log = calloc(1, BTF_LOG_SIZE);
	if (!*log)
		return -ENOMEM;

	LIBBPF_OPTS(bpf_btf_load_opts, opts, .log_buf = *log,
		    .log_size = BTF_LOG_SIZE, .log_level = 1);
	fd = bpf_btf_load(raw, size, &opts);
	err = fd < 0 ? -errno : 0;
	if (fd >= 0)
		close(fd);
	if (!err || !(*log)[0]) {
		free(*log);
		*log = NULL;
	}
	return err;
}

void irbpf_btf_log_error(const char *log, char *buf, size_t size)
{
	const char *end = log + strlen(log), *start;

	while (end > log && (end[-1] == '\n' || end[-1] == ' ' || end[-1] == '\t'))
		end--;
	start = end;
	while (start > log && start[-1] != '\n')
		start--;
	while (start < end && (*start == ' ' || *start == '\t'))
		start++;
	snprintf(buf, size, "%.*s", (int)(end - start), start);
}
