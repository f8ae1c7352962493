// SPDX-License-Identifier: GPL-2.0
// Socket filter: keeps only IPv4 TCP segments to or from a configured
// port set (an array of flags indexed by port), truncated to the headers;
// counts accepted and rejected packets. Reads the packet with
// bpf_skb_load_bytes as socket filters must.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/tcp.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>

#define SNAP_LEN 128

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 65536);
	__type(key, __u32);
	__type(value, __u8);
} watched_ports SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 2);
	__type(key, __u32);
	__type(value, __u64);
} verdicts SEC(".maps");

static __always_inline void count(__u32 accepted)
{
	__u64 *v = bpf_map_lookup_elem(&verdicts, &accepted);

	if (v)
		__sync_fetch_and_add(v, 1);
}

static __always_inline int port_watched(__u16 port)
{
	__u32 key = port;
	__u8 *on = bpf_map_lookup_elem(&watched_ports, &key);

	return on && *on;
}

SEC("socket")
int sock_filter(struct __sk_buff *skb)
{
	struct ethhdr eth;
	struct iphdr ip;
	struct tcphdr tcp;
	__u32 off = 0;

	if (bpf_skb_load_bytes(skb, off, &eth, sizeof(eth)))
		goto reject;
	if (eth.h_proto != bpf_htons(ETH_P_IP))
		goto reject;
	off += sizeof(eth);
	if (bpf_skb_load_bytes(skb, off, &ip, sizeof(ip)))
		goto reject;
	if (ip.protocol != IPPROTO_TCP || (ip.frag_off & bpf_htons(0x1fff)))
		goto reject;
	off += ip.ihl * 4;
	if (bpf_skb_load_bytes(skb, off, &tcp, sizeof(tcp)))
		goto reject;
	if (!port_watched(bpf_ntohs(tcp.dest)) && !port_watched(bpf_ntohs(tcp.source)))
		goto reject;
	count(1);
	return skb->len < SNAP_LEN ? skb->len : SNAP_LEN;
reject:
	count(0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
