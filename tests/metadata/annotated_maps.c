// Annotated maps as a frontend that knows nothing of BTF declares them:
// plain structs of u32 in section "maps" (20 and 28 bytes) and
// "maps/<name>" (gobpf's 280 bytes). Builds for the host target too: the
// helpers are called by number, as bpf_helper_defs.h does.
#include <linux/bpf.h>

#define SEC(name) __attribute__((section(name), used))

struct map20 {
	unsigned int type, key_size, value_size, max_entries, map_flags;
};

struct map28 {
	unsigned int type, key_size, value_size, max_entries, map_flags, id, pinning;
};

struct map280 {
	unsigned int type, key_size, value_size, max_entries, map_flags, pinning;
	char namespace[256];
};

struct map20 counts SEC("maps") = { BPF_MAP_TYPE_ARRAY, 4, 8, 4, 0 };
struct map28 flows SEC("maps") = { BPF_MAP_TYPE_HASH, 4, 8, 16, BPF_F_NO_PREALLOC, 0, 0 };
struct map280 events_def SEC("maps/events") = { BPF_MAP_TYPE_ARRAY, 4, 4, 2, 0, 0, "" };

static void *(*map_lookup)(void *map, const void *key) = (void *)BPF_FUNC_map_lookup_elem;
static long (*map_update)(void *map, const void *key, const void *value,
			  unsigned long long flags) = (void *)BPF_FUNC_map_update_elem;

SEC("xdp")
int count_sizes(struct xdp_md *ctx)
{
	unsigned int len = ctx->data_end - ctx->data;
	unsigned int key = len > 64, one = 1;
	unsigned long long *n = map_lookup(&counts, &key), total;
	unsigned int *ev;

	if (n)
		__sync_fetch_and_add(n, 1);
	total = n ? *n : 0;
	map_update(&flows, &len, &total, BPF_ANY);
	ev = map_lookup(&events_def, &one);
	if (ev)
		*ev = len;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
