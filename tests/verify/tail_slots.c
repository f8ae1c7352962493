// A PROG_ARRAY with initial values: libbpf fills the slots once all the
// object's programs are loaded. -DWITH_REJECTED adds a program the
// verifier rejects; the others stay accepted.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int tail_a(struct xdp_md *ctx)
{
	return XDP_TX;
}

SEC("xdp")
int tail_b(struct xdp_md *ctx)
{
	return XDP_DROP;
}

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 4);
	__type(key, __u32);
	__array(values, int (void *));
} jump SEC(".maps") = {
	.values = { [1] = (void *)&tail_a, [2] = (void *)&tail_b },
};

SEC("xdp")
int dispatch(struct xdp_md *ctx)
{
	__u32 slot = ctx->data_end - ctx->data > 100 ? 2 : 1;

	bpf_tail_call(ctx, &jump, slot);
	return XDP_PASS;
}

#ifdef WITH_REJECTED
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 16);
	__type(key, __u32);
	__type(value, __u64);
} seen SEC(".maps");

SEC("xdp")
int unchecked(struct xdp_md *ctx)
{
	__u32 key = ctx->ingress_ifindex;
	__u64 *count = bpf_map_lookup_elem(&seen, &key);

	*count += 1; /* rejected here */
	return XDP_PASS;
}
#endif

char LICENSE[] SEC("license") = "GPL";
