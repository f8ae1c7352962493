// proto_count: a socket filter counting packets per EtherType; it keeps
// IPv4 packets and drops everything else.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 64);
	__type(key, __u32);	/* EtherType, host order */
	__type(value, __u64);	/* packets */
} packets SEC(".maps");

SEC("socket")
int proto_count(struct __sk_buff *skb)
{
	__u32 proto = bpf_ntohs(skb->protocol);
	__u64 one = 1, *count;

	count = bpf_map_lookup_elem(&packets, &proto);
	if (count)
		__sync_fetch_and_add(count, 1);
	else
		bpf_map_update_elem(&packets, &proto, &one, BPF_NOEXIST);
	return proto == ETH_P_IP ? skb->len : 0;
}

char LICENSE[] SEC("license") = "GPL";
