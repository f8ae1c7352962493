// Never-returning calls: one the optimiser cannot prove dead (a panic
// site irbpf reports), one it can (nothing to report).
#include <linux/bpf.h>
#include <irbpf/bpf.h>

void abort(void);

#ifdef MAY_ABORT
SEC("socket")
int may_abort(struct __sk_buff *skb)
{
	if (skb->len > 1000)
		abort();
	return skb->len;
}
#endif

SEC("socket")
int never_aborts(struct __sk_buff *skb)
{
	__u32 len = skb->len & 0xff;

	if (len > 1000)
		abort();
	return len;
}

IRBPF_LICENSE("GPL");
