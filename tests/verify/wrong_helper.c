// Rejected: bpf_get_stackid() is for tracing programs, not XDP.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_STACK_TRACE);
	__uint(max_entries, 16);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, 127 * sizeof(__u64));
} stacks SEC(".maps");

SEC("xdp")
int wrong_helper(struct xdp_md *ctx)
{
	long id = bpf_get_stackid(ctx, &stacks, 0); /* rejected here */

	return id < 0 ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
