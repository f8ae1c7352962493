// Module 1 of 2: the entry point calls into the other module.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

int checksum(const unsigned char *p, int n);

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u32);
} last_sum SEC(".maps");

SEC("socket")
int sum_bytes(struct __sk_buff *skb)
{
	unsigned char buf[16];
	__u32 key = 0, sum;

	if (bpf_skb_load_bytes(skb, 0, buf, sizeof(buf)))
		return 0;
	sum = checksum(buf, sizeof(buf));
	bpf_map_update_elem(&last_sum, &key, &sum, BPF_ANY);
	return sum & 0xff;
}

char LICENSE[] SEC("license") = "GPL";
