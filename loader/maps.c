// SPDX-License-Identifier: MIT
/* Map sizes for a verification-only load. */
#include "loader.h"

#include <unistd.h>

/* Not in the uapi headers of every distribution yet (kernel 6.2). */
#define MAP_TYPE_CGRP_STORAGE 32

/* Types whose max_entries must stay 0: the kernel sizes them itself. */
static bool sized_by_kernel(enum bpf_map_type type)
{
	switch ((int)type) {
	case BPF_MAP_TYPE_CGROUP_STORAGE:
	case BPF_MAP_TYPE_PERCPU_CGROUP_STORAGE:
	case BPF_MAP_TYPE_SK_STORAGE:
	case BPF_MAP_TYPE_INODE_STORAGE:
	case BPF_MAP_TYPE_TASK_STORAGE:
	case MAP_TYPE_CGRP_STORAGE:
		return true;
	default:
		return false;
	}
}

/*
 * The smallest size the kernel accepts for @map, or its own size when
 * that matters to the verifier (array bounds, constant-key lookups).
 * Ring buffers and perf event arrays are sized by loaders at run time and
 * their size never changes what the verifier decides.
 */
static __u32 verify_size(const struct bpf_map *map)
{
	enum bpf_map_type type = bpf_map__type(map);
	__u32 max = bpf_map__max_entries(map);

	switch (type) {
	case BPF_MAP_TYPE_RINGBUF:
	case BPF_MAP_TYPE_USER_RINGBUF:
		return (__u32)sysconf(_SC_PAGESIZE);
	case BPF_MAP_TYPE_PERF_EVENT_ARRAY:
		return 1;
	default:
		return max == 0 && !sized_by_kernel(type) ? 1 : max;
	}
}

static int size_map(struct bpf_map *map)
{
	__u32 size = verify_size(map);
	int err = 0;

	if (size != bpf_map__max_entries(map))
		err = bpf_map__set_max_entries(map, size);
	return err;
}

int irbpf_object_size_maps_for_verify(struct bpf_object *obj)
{
	struct bpf_map *map, *inner;
	int err;

	bpf_object__for_each_map(map, obj) {
		/* A pinned map would outlive the check, and an existing pin
		 * would be reused instead of the object's definition. */
		err = bpf_map__set_pin_path(map, NULL);
		err = err ? err : size_map(map);
		inner = bpf_map__inner_map(map);
		if (!err && inner)
			err = size_map(inner);
		if (err)
			return err;
	}
	return 0;
}
