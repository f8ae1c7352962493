// Archive test: the program module. scale() comes from an archive member,
// which in turn needs offset() from another.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

int scale(int x);

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u32);
} result SEC(".maps");

SEC("socket")
int ar_prog(struct __sk_buff *skb)
{
	__u32 key = 0, v = scale(skb->len);

	bpf_map_update_elem(&result, &key, &v, BPF_ANY);
	return v & 0xff;
}

char LICENSE[] SEC("license") = "GPL";
