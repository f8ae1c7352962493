// The other object of tests/e2e/static_link.sh.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__noinline int scale_b(int x)
{
	return x * 2;
}

SEC("xdp")
int entry_b(struct xdp_md *ctx)
{
	return scale_b(ctx->data_end - ctx->data) > 100 ? XDP_TX : XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
