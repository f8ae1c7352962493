// packet_stats: counts IPv4 packets and bytes per protocol; drops the
// protocol set in drop_proto (a constant the loader may change).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#include "parse.h"

struct stats {
	__u64 packets;
	__u64 bytes;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 256);
	__type(key, __u32);
	__type(value, struct stats);
} proto_stats SEC(".maps");

volatile const __u32 drop_proto = 132;	/* SCTP */

SEC("xdp")
int packet_stats(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ipv4_info ip;
	struct stats *st;

	if (parse_ipv4(data, data_end, &ip))
		return XDP_PASS;
	st = bpf_map_lookup_elem(&proto_stats, &ip.proto);
	if (st) {
		__sync_fetch_and_add(&st->packets, 1);
		__sync_fetch_and_add(&st->bytes, ip.len);
	}
	return ip.proto == drop_proto ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
