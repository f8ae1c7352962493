// Counts UDP packets to port 4242 at three attach points: XDP, tc
// ingress and a socket filter (slots 0, 1, 2 of `udp_seen`).
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/if_packet.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/pkt_cls.h>
#include <linux/udp.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>

#define PORT 4242

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 3);
	__type(key, __u32);
	__type(value, __u64);
} udp_seen SEC(".maps");

static void count(__u32 slot)
{
	__u64 *n = bpf_map_lookup_elem(&udp_seen, &slot);

	if (n)
		__sync_fetch_and_add(n, 1);
}

/* Whether the Ethernet frame in [data, end) is IPv4/UDP to PORT. */
static int is_ours(void *data, void *end)
{
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);
	struct udphdr *udp = (void *)(ip + 1);

	if ((void *)(udp + 1) > end)
		return 0;
	return eth->h_proto == bpf_htons(ETH_P_IP) && ip->ihl == 5 &&
	       ip->protocol == IPPROTO_UDP && udp->dest == bpf_htons(PORT);
}

SEC("xdp")
int udp_xdp(struct xdp_md *ctx)
{
	if (is_ours((void *)(long)ctx->data, (void *)(long)ctx->data_end))
		count(0);
	return XDP_PASS;
}

SEC("tc")
int udp_tc(struct __sk_buff *skb)
{
	if (is_ours((void *)(long)skb->data, (void *)(long)skb->data_end))
		count(1);
	return TC_ACT_OK;
}

/* Socket filters see no direct packet data: load the headers. */
SEC("socket")
int udp_socket(struct __sk_buff *skb)
{
	__u8 proto;
	__u16 dport;

	if (skb->protocol != bpf_htons(ETH_P_IP) || skb->pkt_type == PACKET_OUTGOING)
		return 0;
	if (bpf_skb_load_bytes(skb, ETH_HLEN + 9, &proto, 1) || proto != IPPROTO_UDP)
		return 0;
	if (bpf_skb_load_bytes(skb, ETH_HLEN + 20 + 2, &dport, 2) || dport != bpf_htons(PORT))
		return 0;
	count(2);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
