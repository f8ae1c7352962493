// Rejected: reads the packet without comparing against data_end.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int packet_bounds(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	__u32 first = *(__u32 *)data; /* rejected here */

	return first == 7 ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
