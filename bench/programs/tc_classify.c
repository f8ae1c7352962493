// SPDX-License-Identifier: GPL-2.0
// tc classifier: maps DSCP and well-known ports to a traffic class, sets
// skb->priority and skb->mark from a class table, and accounts bytes per
// class in a per-CPU array. Never drops.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/ipv6.h>
#include <linux/pkt_cls.h>
#include <linux/tcp.h>
#include <linux/udp.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>

enum traffic_class { TC_BULK, TC_DEFAULT, TC_INTERACTIVE, TC_VOICE, TC_MAX };

struct class_conf {
	__u32 priority;
	__u32 mark;
};

struct class_stats {
	__u64 packets;
	__u64 bytes;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, TC_MAX);
	__type(key, __u32);
	__type(value, struct class_conf);
} class_conf SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, TC_MAX);
	__type(key, __u32);
	__type(value, struct class_stats);
} class_stats SEC(".maps");

static __always_inline __u32 class_of_dscp(__u8 dscp)
{
	switch (dscp) {
	case 46:		/* EF */
		return TC_VOICE;
	case 34: case 36: case 38:	/* AF41..43 */
	case 26: case 28: case 30:	/* AF31..33 */
		return TC_INTERACTIVE;
	case 8:			/* CS1 */
		return TC_BULK;
	default:
		return TC_DEFAULT;
	}
}

static __always_inline __u32 class_of_port(__u16 port, __u32 fallback)
{
	switch (port) {
	case 22: case 53: case 123:
		return TC_INTERACTIVE;
	case 5060: case 5061:
		return TC_VOICE;
	case 873: case 2049:
		return TC_BULK;
	default:
		return fallback;
	}
}

static __always_inline __u32 classify(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct ethhdr *eth = data;
	__u32 cls = TC_DEFAULT;
	__u8 proto;
	void *l4;

	if ((void *)(eth + 1) > data_end)
		return cls;
	if (eth->h_proto == bpf_htons(ETH_P_IP)) {
		struct iphdr *ip = (void *)(eth + 1);

		if ((void *)(ip + 1) > data_end)
			return cls;
		cls = class_of_dscp(ip->tos >> 2);
		proto = ip->protocol;
		l4 = (void *)ip + ip->ihl * 4;
	} else if (eth->h_proto == bpf_htons(ETH_P_IPV6)) {
		struct ipv6hdr *ip6 = (void *)(eth + 1);

		if ((void *)(ip6 + 1) > data_end)
			return cls;
		cls = class_of_dscp(((ip6->priority << 4) | (ip6->flow_lbl[0] >> 4)) >> 2);
		proto = ip6->nexthdr;
		l4 = ip6 + 1;
	} else {
		return cls;
	}
	if (cls != TC_DEFAULT)
		return cls;
	if (proto == IPPROTO_TCP || proto == IPPROTO_UDP) {
		struct udphdr *ports = l4;	/* ports sit first in both */

		if ((void *)(ports + 1) > data_end)
			return cls;
		cls = class_of_port(bpf_ntohs(ports->dest), cls);
		cls = class_of_port(bpf_ntohs(ports->source), cls);
	}
	return cls;
}

SEC("tc")
int tc_classify(struct __sk_buff *skb)
{
	__u32 cls = classify(skb);
	struct class_conf *conf = bpf_map_lookup_elem(&class_conf, &cls);
	struct class_stats *st = bpf_map_lookup_elem(&class_stats, &cls);

	if (conf) {
		skb->priority = conf->priority;
		if (conf->mark)
			skb->mark = conf->mark;
	}
	if (st) {
		st->packets++;
		st->bytes += skb->len;
	}
	return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
