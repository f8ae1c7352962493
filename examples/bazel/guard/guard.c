// guard: an XDP program that drops packets to ports below 1024 except
// DNS (53) and counts what it drops. Kernel types come from vmlinux.h;
// the size of struct ethhdr is a CO-RE relocation libbpf resolves
// against the running kernel at load time.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

#include "l4.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 2);
	__type(key, __u32);
	__type(value, __u64);
} verdicts SEC(".maps");	/* 0: passed, 1: dropped */

SEC("xdp")
int guard(struct xdp_md *ctx)
{
	int port = l4_dest_port((void *)(long)ctx->data, (void *)(long)ctx->data_end);
	__u32 drop = port >= 0 && port < 1024 && port != 53;
	__u64 *count;

	if (bpf_core_type_size(struct ethhdr) != 14)
		return XDP_ABORTED;
	count = bpf_map_lookup_elem(&verdicts, &drop);
	if (count)
		__sync_fetch_and_add(count, 1);
	return drop ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
