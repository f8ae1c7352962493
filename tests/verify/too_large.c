// Rejected: the verifier would have to walk ten million iterations.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("socket")
int too_large(struct __sk_buff *skb)
{
	__u64 sum = 0;

#pragma clang loop unroll(disable)
	for (__u32 i = 0; i < 10000000; i++) /* rejected here */
		sum += i ^ skb->len;
	return (int)sum;
}

char LICENSE[] SEC("license") = "GPL";
