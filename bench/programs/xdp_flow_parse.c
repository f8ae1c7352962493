// SPDX-License-Identifier: GPL-2.0
// XDP flow accounting: parses Ethernet (up to two VLAN tags), IPv4 with
// options or IPv6, then TCP (with its options, for the MSS) or UDP; counts
// packets and bytes per 5-tuple in an LRU hash and drops blocked sources.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/ipv6.h>
#include <linux/tcp.h>
#include <linux/udp.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>

#define MAX_VLAN 2
#define MAX_TCP_OPTS 10

struct vlan_hdr {
	__be16 tci;
	__be16 proto;
};

struct flow_key {
	__u32 saddr[4];
	__u32 daddr[4];
	__u16 sport;
	__u16 dport;
	__u8 proto;
	__u8 family;
	__u16 pad;
};

struct flow_stats {
	__u64 packets;
	__u64 bytes;
	__u32 mss;
	__u32 flags;
};

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 65536);
	__type(key, struct flow_key);
	__type(value, struct flow_stats);
} flows SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, __u8);
} blocked_v4 SEC(".maps");

struct cursor {
	void *pos;
	void *end;
};

static __always_inline int parse_eth(struct cursor *c, __u16 *proto)
{
	struct ethhdr *eth = c->pos;
	struct vlan_hdr *vlan;

	if ((void *)(eth + 1) > c->end)
		return -1;
	c->pos = eth + 1;
	*proto = eth->h_proto;
#pragma unroll
	for (int i = 0; i < MAX_VLAN; i++) {
		if (*proto != bpf_htons(ETH_P_8021Q) && *proto != bpf_htons(ETH_P_8021AD))
			break;
		vlan = c->pos;
		if ((void *)(vlan + 1) > c->end)
			return -1;
		c->pos = vlan + 1;
		*proto = vlan->proto;
	}
	return 0;
}

static __always_inline int parse_ipv4(struct cursor *c, struct flow_key *key)
{
	struct iphdr *ip = c->pos;
	__u32 hdr_len;

	if ((void *)(ip + 1) > c->end)
		return -1;
	hdr_len = ip->ihl * 4;
	if (hdr_len < sizeof(*ip) || c->pos + hdr_len > c->end)
		return -1;
	if (ip->frag_off & bpf_htons(0x3fff))
		return -1;	/* fragments carry no ports */
	key->family = 4;
	key->proto = ip->protocol;
	key->saddr[0] = ip->saddr;
	key->daddr[0] = ip->daddr;
	c->pos += hdr_len;
	return 0;
}

static __always_inline int parse_ipv6(struct cursor *c, struct flow_key *key)
{
	struct ipv6hdr *ip6 = c->pos;

	if ((void *)(ip6 + 1) > c->end)
		return -1;
	key->family = 6;
	key->proto = ip6->nexthdr;
	__builtin_memcpy(key->saddr, &ip6->saddr, sizeof(key->saddr));
	__builtin_memcpy(key->daddr, &ip6->daddr, sizeof(key->daddr));
	c->pos = ip6 + 1;
	return 0;
}

/* Walks the TCP options for the MSS; bounded so the verifier can follow. */
static __always_inline __u32 tcp_mss(struct cursor *c, struct tcphdr *tcp)
{
	__u8 *opt = (__u8 *)(tcp + 1);
	__u8 *opts_end = (__u8 *)tcp + tcp->doff * 4;

	for (int i = 0; i < MAX_TCP_OPTS; i++) {
		if ((void *)(opt + 1) > c->end || opt >= opts_end)
			break;
		if (opt[0] == 0)
			break;
		if (opt[0] == 1) {
			opt++;
			continue;
		}
		if ((void *)(opt + 4) > c->end)
			break;
		if (opt[0] == 2 && opt[1] == 4)
			return (opt[2] << 8) | opt[3];
		if (opt[1] < 2)
			break;
		opt += opt[1];
	}
	return 0;
}

static __always_inline int parse_l4(struct cursor *c, struct flow_key *key,
				    struct flow_stats *fresh)
{
	if (key->proto == IPPROTO_TCP) {
		struct tcphdr *tcp = c->pos;

		if ((void *)(tcp + 1) > c->end)
			return -1;
		key->sport = bpf_ntohs(tcp->source);
		key->dport = bpf_ntohs(tcp->dest);
		if (tcp->syn)
			fresh->mss = tcp_mss(c, tcp);
		fresh->flags = ((__u8 *)tcp)[13];
	} else if (key->proto == IPPROTO_UDP) {
		struct udphdr *udp = c->pos;

		if ((void *)(udp + 1) > c->end)
			return -1;
		key->sport = bpf_ntohs(udp->source);
		key->dport = bpf_ntohs(udp->dest);
	}
	return 0;
}

SEC("xdp")
int xdp_flow_parse(struct xdp_md *ctx)
{
	struct cursor c = {
		.pos = (void *)(long)ctx->data,
		.end = (void *)(long)ctx->data_end,
	};
	struct flow_key key = {};
	struct flow_stats fresh = {}, *stats;
	__u64 len = c.end - c.pos;
	__u16 proto;

	if (parse_eth(&c, &proto))
		return XDP_PASS;
	if (proto == bpf_htons(ETH_P_IP)) {
		if (parse_ipv4(&c, &key))
			return XDP_PASS;
		if (bpf_map_lookup_elem(&blocked_v4, &key.saddr[0]))
			return XDP_DROP;
	} else if (proto == bpf_htons(ETH_P_IPV6)) {
		if (parse_ipv6(&c, &key))
			return XDP_PASS;
	} else {
		return XDP_PASS;
	}
	if (parse_l4(&c, &key, &fresh))
		return XDP_PASS;

	stats = bpf_map_lookup_elem(&flows, &key);
	if (!stats) {
		fresh.packets = 1;
		fresh.bytes = len;
		bpf_map_update_elem(&flows, &key, &fresh, BPF_NOEXIST);
		return XDP_PASS;
	}
	__sync_fetch_and_add(&stats->packets, 1);
	__sync_fetch_and_add(&stats->bytes, len);
	if (fresh.mss)
		stats->mss = fresh.mss;
	stats->flags |= fresh.flags;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
