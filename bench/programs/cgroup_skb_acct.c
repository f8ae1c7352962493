// SPDX-License-Identifier: GPL-2.0
// cgroup_skb accounting: counts egress and ingress bytes per IP protocol
// and per remote /24 (IPv4) for the cgroup the program is attached to;
// blocks egress to addresses in a deny list. Reads with bpf_skb_load_bytes.
#include <linux/bpf.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>

struct acct_key {
	__u32 subnet;
	__u8 proto;
	__u8 dir;
	__u16 pad;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 8192);
	__type(key, struct acct_key);
	__type(value, __u64);
} bytes_by_subnet SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, __u32);
} deny SEC(".maps");

static __always_inline int account(struct __sk_buff *skb, __u8 dir)
{
	struct acct_key key = { .dir = dir };
	struct iphdr ip;
	__u32 remote;
	__u64 *v, len = skb->len;

	if (skb->protocol != bpf_htons(0x0800))
		return 1;
	if (bpf_skb_load_bytes(skb, 0, &ip, sizeof(ip)))
		return 1;
	remote = dir ? ip.daddr : ip.saddr;
	if (dir && bpf_map_lookup_elem(&deny, &remote))
		return 0;
	key.subnet = remote & bpf_htonl(0xffffff00);
	key.proto = ip.protocol;
	v = bpf_map_lookup_elem(&bytes_by_subnet, &key);
	if (v)
		__sync_fetch_and_add(v, len);
	else
		bpf_map_update_elem(&bytes_by_subnet, &key, &len, BPF_NOEXIST);
	return 1;
}

SEC("cgroup_skb/ingress")
int acct_ingress(struct __sk_buff *skb)
{
	return account(skb, 0);
}

SEC("cgroup_skb/egress")
int acct_egress(struct __sk_buff *skb)
{
	return account(skb, 1);
}

char LICENSE[] SEC("license") = "GPL";
