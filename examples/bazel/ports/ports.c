// ports: a tc classifier counting packets per TCP/UDP destination port;
// it drops packets to the port in blocked_port.
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

#include "l4.h"

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, __u64);
} port_packets SEC(".maps");

volatile const __u32 blocked_port = 23;	/* telnet */

SEC("tc")
int ports(struct __sk_buff *skb)
{
	int port = l4_dest_port((void *)(long)skb->data, (void *)(long)skb->data_end);
	__u32 key;
	__u64 one = 1, *count;

	if (port < 0)
		return TC_ACT_OK;
	key = (__u32)port;
	count = bpf_map_lookup_elem(&port_packets, &key);
	if (count)
		__sync_fetch_and_add(count, 1);
	else
		bpf_map_update_elem(&port_packets, &key, &one, BPF_NOEXIST);
	return key == blocked_port ? TC_ACT_SHOT : TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
