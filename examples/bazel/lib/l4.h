/* Transport-layer parsing shared by the programs of this workspace. */
#ifndef L4_H
#define L4_H

/* Destination port of a TCP or UDP packet in an Ethernet + IPv4 frame
 * (host order), or -1 for anything else. */
int l4_dest_port(void *data, void *data_end);

#endif
