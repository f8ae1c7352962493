// Large maps for irbpf-agent's map printing: an array with millions of
// entries (one of them set) and a hash map that fill() fills with 3000
// entries when run with BPF_PROG_TEST_RUN.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define BIG_ENTRIES 8000000
#define FILLED 3000

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, BIG_ENTRIES);
	__type(key, __u32);
	__type(value, __u32);
} big SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 4096);
	__type(key, __u32);
	__type(value, __u32);
} filled SEC(".maps");

static long fill_one(__u32 i, void *ctx)
{
	__u32 value = i + 1;

	bpf_map_update_elem(&filled, &i, &value, BPF_ANY);
	return 0;
}

SEC("xdp")
int fill(struct xdp_md *ctx)
{
	__u32 key = 5, value = 42;

	bpf_map_update_elem(&big, &key, &value, BPF_ANY);
	bpf_loop(FILLED, fill_one, NULL, 0);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
