#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_endian.h>

#include "parse.h"

int parse_ipv4(void *data, void *data_end, struct ipv4_info *info)
{
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);

	if ((void *)(ip + 1) > data_end || eth->h_proto != bpf_htons(ETH_P_IP))
		return -1;
	info->proto = ip->protocol;
	info->len = bpf_ntohs(ip->tot_len);
	return 0;
}
