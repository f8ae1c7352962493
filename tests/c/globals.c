// Global variables a loader sets or reads: .rodata knobs, .bss and .data
// state. The program leaves its result where irbpf inspect says.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

const volatile __u32 threshold = 100;
const volatile char tag[8] = "irbpf";
__u32 seen;
__u32 last_len;
__u64 total = 1;
static __u32 hidden;

SEC("xdp")
int globals(struct xdp_md *ctx)
{
	__u32 len = ctx->data_end - ctx->data;

	seen += 1;
	last_len = len + tag[0];
	total += len;
	hidden ^= len;
	return len > threshold + hidden ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
