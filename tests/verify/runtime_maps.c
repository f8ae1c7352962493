// Accepted, with maps a loader sizes at run time (no max_entries, ring
// buffer, perf event array) and a subprogram shared by two programs.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u32);
	__type(value, __u64);
} rt_flows SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
} rt_events SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
	__type(key, int);
	__type(value, int);
} rt_perf SEC(".maps");

static __attribute__((noinline)) __u64 bump(__u32 key)
{
	__u64 one = 1, *v = bpf_map_lookup_elem(&rt_flows, &key);

	if (!v) {
		bpf_map_update_elem(&rt_flows, &key, &one, BPF_ANY);
		return 1;
	}
	return __sync_add_and_fetch(v, 1);
}

SEC("xdp")
int rt_count(struct xdp_md *ctx)
{
	__u64 n = bump(ctx->ingress_ifindex);

	bpf_ringbuf_output(&rt_events, &n, sizeof(n), 0);
	return XDP_PASS;
}

SEC("xdp")
int rt_report(struct xdp_md *ctx)
{
	__u64 n = bump(ctx->rx_queue_index);

	bpf_perf_event_output(ctx, &rt_perf, BPF_F_CURRENT_CPU, &n, sizeof(n));
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
