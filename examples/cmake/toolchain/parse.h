/* Packet parsing shared by the programs of this project. */
#ifndef PARSE_H
#define PARSE_H

#include <linux/types.h>

struct ipv4_info {
	__u32 proto;		/* IPPROTO_* */
	__u32 len;		/* IP total length */
};

/* Fills @info from an Ethernet frame; returns -1 if it is not IPv4. */
int parse_ipv4(void *data, void *data_end, struct ipv4_info *info);

#endif
