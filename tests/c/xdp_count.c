// XDP program: counts packets by size class in a BTF-defined array map.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u64);
} counts SEC(".maps");

int pass_verdict = XDP_PASS;		/* .data */
volatile const __u32 big_packet = 64;	/* .rodata */

static __attribute__((noinline)) __u32 size_class(__u32 len)
{
	return len > big_packet ? 1 : 0;
}

SEC("xdp")
int count_packets(struct xdp_md *ctx)
{
	__u32 key = size_class(ctx->data_end - ctx->data);
	__u64 *v = bpf_map_lookup_elem(&counts, &key);

	if (v)
		__sync_fetch_and_add(v, 1);
	return pass_verdict;
}

char LICENSE[] SEC("license") = "GPL";
