// Rejected: each function fits in 512 bytes of stack, the call chain not.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static __attribute__((noinline)) int scratch(__u32 x)
{
	volatile char buf[300];

	buf[x & 255] = 1;
	return buf[7];
}

SEC("socket")
int stack_limit(struct __sk_buff *skb)
{
	volatile char buf[300];

	buf[skb->len & 255] = 2;
	return buf[3] + scratch(skb->len); /* rejected here */
}

char LICENSE[] SEC("license") = "GPL";
