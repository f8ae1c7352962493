// SPDX-License-Identifier: GPL-2.0
// XDP layer-4 load balancer: looks the destination up in a VIP table,
// picks a backend by a hash of the 5-tuple, rewrites the destination
// address with an incremental checksum update and bounces the packet.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/tcp.h>
#include <linux/udp.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>

#define MAX_BACKENDS 64

struct vip_key {
	__u32 addr;
	__u16 port;
	__u8 proto;
	__u8 pad;
};

struct vip_info {
	__u32 first_backend;	/* index into backends */
	__u32 n_backends;
};

struct backend {
	__u32 addr;
	__u8 mac[ETH_ALEN];
	__u16 pad;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 256);
	__type(key, struct vip_key);
	__type(value, struct vip_info);
} vips SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, MAX_BACKENDS);
	__type(key, __u32);
	__type(value, struct backend);
} backends SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, MAX_BACKENDS);
	__type(key, __u32);
	__type(value, __u64);
} backend_packets SEC(".maps");

static __always_inline __u32 rol32(__u32 word, unsigned shift)
{
	return (word << shift) | (word >> ((-shift) & 31));
}

/* The final mix of Bob Jenkins' lookup3, as the kernel's jhash_3words. */
static __always_inline __u32 hash_3words(__u32 a, __u32 b, __u32 c)
{
	a += 0xdeadbeef;
	b += 0xdeadbeef;
	c += 0xdeadbeef;
	c ^= b; c -= rol32(b, 14);
	a ^= c; a -= rol32(c, 11);
	b ^= a; b -= rol32(a, 25);
	c ^= b; c -= rol32(b, 16);
	a ^= c; a -= rol32(c, 4);
	b ^= a; b -= rol32(a, 14);
	c ^= b; c -= rol32(b, 24);
	return c;
}

static __always_inline __u16 csum_fold(__u32 sum)
{
	sum = (sum & 0xffff) + (sum >> 16);
	sum = (sum & 0xffff) + (sum >> 16);
	return (__u16)~sum;
}

/* RFC 1624 incremental update for a changed 32-bit word. */
static __always_inline __u16 csum_replace4(__u16 check, __u32 from, __u32 to)
{
	__u32 sum = (__u16)~check;

	sum += (__u16)~from + (__u16)~(from >> 16);
	sum += (__u16)to + (__u16)(to >> 16);
	return csum_fold(sum);
}

SEC("xdp")
int xdp_lb(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);
	struct vip_key vk = {};
	struct vip_info *vip;
	struct backend *be;
	__u16 *l4_check = NULL;
	__u16 sport, dport;
	__u32 idx, old_daddr;
	__u64 *count;

	if ((void *)(ip + 1) > data_end || eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;
	if (ip->ihl != 5)
		return XDP_PASS;
	if (ip->protocol == IPPROTO_TCP) {
		struct tcphdr *tcp = (void *)(ip + 1);

		if ((void *)(tcp + 1) > data_end)
			return XDP_PASS;
		sport = tcp->source;
		dport = tcp->dest;
		l4_check = &tcp->check;
	} else if (ip->protocol == IPPROTO_UDP) {
		struct udphdr *udp = (void *)(ip + 1);

		if ((void *)(udp + 1) > data_end)
			return XDP_PASS;
		sport = udp->source;
		dport = udp->dest;
		if (udp->check)
			l4_check = &udp->check;
	} else {
		return XDP_PASS;
	}

	vk.addr = ip->daddr;
	vk.port = dport;
	vk.proto = ip->protocol;
	vip = bpf_map_lookup_elem(&vips, &vk);
	if (!vip || !vip->n_backends)
		return XDP_PASS;
	idx = hash_3words(ip->saddr, ((__u32)sport << 16) | dport, ip->protocol);
	idx = vip->first_backend + idx % vip->n_backends;
	if (idx >= MAX_BACKENDS)
		return XDP_ABORTED;
	be = bpf_map_lookup_elem(&backends, &idx);
	if (!be)
		return XDP_ABORTED;

	old_daddr = ip->daddr;
	ip->daddr = be->addr;
	ip->check = csum_replace4(ip->check, old_daddr, be->addr);
	if (l4_check)
		*l4_check = csum_replace4(*l4_check, old_daddr, be->addr);
	__builtin_memcpy(eth->h_source, eth->h_dest, ETH_ALEN);
	__builtin_memcpy(eth->h_dest, be->mac, ETH_ALEN);

	count = bpf_map_lookup_elem(&backend_packets, &idx);
	if (count)
		*count += 1;
	return XDP_TX;
}

char LICENSE[] SEC("license") = "GPL";
