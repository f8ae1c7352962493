#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/udp.h>
#include <bpf/bpf_endian.h>

#include "l4.h"

int l4_dest_port(void *data, void *data_end)
{
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);
	struct udphdr *udp;	/* TCP's ports sit at the same offsets */

	if ((void *)(ip + 1) > data_end || eth->h_proto != bpf_htons(ETH_P_IP) ||
	    ip->ihl != 5)
		return -1;
	if (ip->protocol != IPPROTO_UDP && ip->protocol != IPPROTO_TCP)
		return -1;
	udp = (void *)(ip + 1);
	if ((void *)(udp + 1) > data_end)
		return -1;
	return bpf_ntohs(udp->dest);
}
