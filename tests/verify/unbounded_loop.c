// Rejected: a loop whose exit the verifier cannot see coming.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("socket")
int unbounded_loop(struct __sk_buff *skb)
{
	while (bpf_get_prandom_u32() != 42) /* rejected here */
		;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
