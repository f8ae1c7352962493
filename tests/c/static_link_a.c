// One of two objects linked with bpftool gen object: global functions
// stay global (one called, one called by nobody), as clang leaves them.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__noinline int scale_a(int x)
{
	return x * 3;
}

__noinline int unused_global(int x)
{
	return x * 5;
}

SEC("xdp")
int entry_a(struct xdp_md *ctx)
{
	return scale_a(ctx->data_end - ctx->data) > 200 ? XDP_DROP : XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
