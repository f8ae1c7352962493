// Sums the first bytes of the packet with bounds checks (a long verifier
// log: one walk per unrolled step), then reads one byte without a check:
// the verifier must reject it and irbpf-agent must say why, and where,
// in a few lines.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} packet_sum SEC(".maps");

SEC("xdp")
int unchecked_read(struct xdp_md *ctx)
{
	unsigned char *data = (void *)(long)ctx->data;
	unsigned char *end = (void *)(long)ctx->data_end;
	__u32 key = 0;
	__u64 sum = 0;

#pragma unroll
	for (int i = 0; i < 48; i++) {
		if (data + i + 1 > end)
			break;
		sum += data[i];
	}
	sum += data[100];	/* no check against ctx->data_end */
	bpf_map_update_elem(&packet_sum, &key, &sum, BPF_ANY);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
