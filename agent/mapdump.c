// SPDX-License-Identifier: MIT
/* Walking a loaded map's entries with BPF_MAP_GET_NEXT_KEY and lookups. */
#include "mapdump.h"

#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "btf_value.h"

static bool is_percpu(enum bpf_map_type type)
{
	return type == BPF_MAP_TYPE_PERCPU_HASH || type == BPF_MAP_TYPE_PERCPU_ARRAY ||
	       type == BPF_MAP_TYPE_LRU_PERCPU_HASH ||
	       type == BPF_MAP_TYPE_PERCPU_CGROUP_STORAGE;
}

bool map_is_state(const struct bpf_map *map)
{
	return !(bpf_map__is_internal(map) && (bpf_map__map_flags(map) & BPF_F_RDONLY_PROG));
}

static int walk(int fd, struct map_entry *e, void *key, void *next, void *value,
		map_entry_fn fn, void *ctx)
{
	void *prev = NULL;
	int count = 0;

	for (;;) {
		if (bpf_map_get_next_key(fd, prev, next))
			return errno == ENOENT ? count : -errno;
		memcpy(key, next, e->key_size);
		prev = key;
		if (bpf_map_lookup_elem(fd, key, value)) {
			if (errno == ENOENT)	/* deleted meanwhile */
				continue;
			return -errno;
		}
		fn(e, ctx);
		count++;
	}
}

int map_for_each(const struct bpf_map *map, const struct btf *btf, map_entry_fn fn,
		 void *ctx)
{
	struct map_entry e = {
		.btf = btf,
		.key_type = bpf_map__btf_key_type_id(map),
		.value_type = bpf_map__btf_value_type_id(map),
		.key_size = bpf_map__key_size(map),
		.value_size = bpf_map__value_size(map),
		.ncpus = 1,
	};
	void *key, *next, *value;
	int fd = bpf_map__fd(map), ret;

	if (fd < 0)
		return -EBADF;
	e.value_stride = e.value_size;
	if (is_percpu(bpf_map__type(map))) {
		int ncpus = libbpf_num_possible_cpus();

		if (ncpus < 0)
			return ncpus;
		e.ncpus = (unsigned)ncpus;
		e.percpu = true;
		e.value_stride = (e.value_size + 7) & ~(size_t)7;
	}
	key = calloc(1, e.key_size ? e.key_size : 1);
	next = calloc(1, e.key_size ? e.key_size : 1);
	value = calloc(e.ncpus, e.value_stride ? e.value_stride : 1);
	if (!key || !next || !value) {
		ret = -ENOMEM;
	} else {
		e.key = key;
		e.value = value;
		ret = walk(fd, &e, key, next, value, fn, ctx);
	}
	free(key);
	free(next);
	free(value);
	return ret;
}

void map_print_data(FILE *out, const struct btf *btf, uint32_t type_id, const void *data,
		    size_t size, bool json)
{
	const uint8_t *b = data;

	if (btf_value_fits(btf, type_id, size)) {
		btf_value_print(out, btf, type_id, data, json);
		return;
	}
	if (size > 0 && size <= 8) {
		uint64_t v = 0;

		for (size_t i = size; i > 0; i--)
			v = v << 8 | b[i - 1];
		fprintf(out, "%" PRIu64, v);
		return;
	}
	if (json)
		fputc('"', out);
	for (size_t i = 0; i < size; i++)
		fprintf(out, "%02x", b[i]);
	if (json)
		fputc('"', out);
}
