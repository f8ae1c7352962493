// BPF helpers called by name, as plain external functions declared by
// <irbpf/bpf.h>: the same source builds for the host and for -target bpf.
#include <linux/bpf.h>
#include <irbpf/bpf.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 5);
	__type(key, __u32);
	__type(value, __u64);
} results SEC(".maps");

SEC("xdp")
int helpers_by_name(struct xdp_md *ctx)
{
	__u32 k0 = 0, k1 = 1, k2 = 2, k3 = 3, k4 = 4;
	__u64 t0 = bpf_ktime_get_ns();
	__u64 len = ctx->data_end - ctx->data;
	__u64 *runs, ok, first = 0, printed;
	__u8 buf[8];

	bpf_map_update_elem(&results, &k0, &len, BPF_ANY);
	runs = bpf_map_lookup_elem(&results, &k1);
	if (runs)
		*runs += 1;
	ok = bpf_ktime_get_ns() >= t0 && t0 > 0;
	bpf_map_update_elem(&results, &k2, &ok, BPF_ANY);
	if (bpf_xdp_load_bytes(ctx, 0, buf, sizeof(buf)) == 0)
		__builtin_memcpy(&first, buf, sizeof(first));
	bpf_map_update_elem(&results, &k3, &first, BPF_ANY);
	/* Variadic: the runtime's definition takes all five registers. The
	 * length of what it printed shows that the arguments arrived. */
	printed = irbpf_printk("irbpf runtime test: len %llu first %llx", len, first);
	bpf_map_update_elem(&results, &k4, &printed, BPF_ANY);
	return XDP_PASS;
}

IRBPF_LICENSE("GPL");
