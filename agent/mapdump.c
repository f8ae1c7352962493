// SPDX-License-Identifier: MIT
/* Walking a loaded map's entries with BPF_MAP_GET_NEXT_KEY and lookups. */
#include "mapdump.h"

#include <errno.h>
#include <inttypes.h>
#include <signal.h>
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

/* Signals are looked for every this many keys. */
#define SIGNAL_CHECK_EVERY 256u
/* Keys past the limit are counted up to this many. */
#define COUNT_CAP (1ull << 20)

/* The run loop blocks its stop signals for its signalfd; a long walk
 * looks for them itself. */
static int pending_stop_signal(void)
{
	static const int stops[] = { SIGINT, SIGTERM, SIGHUP };
	sigset_t set;

	if (sigpending(&set))
		return 0;
	for (size_t i = 0; i < sizeof(stops) / sizeof(stops[0]); i++)
		if (sigismember(&set, stops[i]) == 1)
			return stops[i];
	return 0;
}

struct walker {
	int fd;
	unsigned limit;
	struct map_entry *e;
	void *key, *next, *value;
	unsigned long long steps;
	struct map_walk *w;
};

/* Moves to the key after the current one (the first when @first):
 * 1 when there is one, 0 at the end or on a stop signal, -errno. */
static int next_key(struct walker *k, bool first)
{
	if (++k->steps % SIGNAL_CHECK_EVERY == 0)
		k->w->stop_signal = pending_stop_signal();
	if (k->w->stop_signal)
		return 0;
	if (bpf_map_get_next_key(k->fd, first ? NULL : k->key, k->next))
		return errno == ENOENT ? 0 : -errno;
	memcpy(k->key, k->next, k->e->key_size);
	return 1;
}

static int walk(struct walker *k, map_entry_fn fn, void *ctx)
{
	bool first = true;
	int ret;

	while (!k->limit || k->w->read < k->limit) {
		ret = next_key(k, first);
		first = false;
		if (ret <= 0)
			return ret;
		if (bpf_map_lookup_elem(k->fd, k->key, k->value)) {
			if (errno == ENOENT)	/* deleted meanwhile */
				continue;
			return -errno;
		}
		fn(k->e, ctx);
		k->w->read++;
	}
	return 0;
}

static bool is_array(enum bpf_map_type type)
{
	return type == BPF_MAP_TYPE_ARRAY || type == BPF_MAP_TYPE_PERCPU_ARRAY;
}

/* Entries past the limit: every index of an array exists; other maps
 * are counted key by key, up to COUNT_CAP. */
static int count_rest(struct walker *k, const struct bpf_map *map)
{
	int ret;

	if (is_array(bpf_map__type(map))) {
		k->w->left_out = bpf_map__max_entries(map) - k->w->read;
		k->w->left_out_exact = true;
		return 0;
	}
	while ((ret = next_key(k, false)) > 0) {
		if (++k->w->left_out == COUNT_CAP)
			return 0;
	}
	k->w->left_out_exact = !k->w->stop_signal;
	return ret;
}

static int walk_map(const struct bpf_map *map, struct walker *k, map_entry_fn fn, void *ctx)
{
	struct map_entry *e = k->e;
	int ret;

	k->key = calloc(1, e->key_size ? e->key_size : 1);
	k->next = calloc(1, e->key_size ? e->key_size : 1);
	k->value = calloc(e->ncpus, e->value_stride ? e->value_stride : 1);
	if (!k->key || !k->next || !k->value) {
		ret = -ENOMEM;
	} else {
		e->key = k->key;
		e->value = k->value;
		ret = walk(k, fn, ctx);
		if (!ret && k->limit && k->w->read == k->limit && !k->w->stop_signal)
			ret = count_rest(k, map);
	}
	free(k->key);
	free(k->next);
	free(k->value);
	return ret;
}

int map_for_each(const struct bpf_map *map, const struct btf *btf, unsigned limit,
		 map_entry_fn fn, void *ctx, struct map_walk *walk)
{
	struct map_entry e = {
		.btf = btf,
		.key_type = bpf_map__btf_key_type_id(map),
		.value_type = bpf_map__btf_value_type_id(map),
		.key_size = bpf_map__key_size(map),
		.value_size = bpf_map__value_size(map),
		.ncpus = 1,
	};
	struct walker k = { .fd = bpf_map__fd(map), .limit = limit, .e = &e, .w = walk };

	memset(walk, 0, sizeof(*walk));
	if (k.fd < 0)
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
	return walk_map(map, &k, fn, ctx);
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
