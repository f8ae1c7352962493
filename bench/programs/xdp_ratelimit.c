// SPDX-License-Identifier: GPL-2.0
// XDP per-source rate limiter: a token bucket per IPv4 source address in
// a hash map, refilled from bpf_ktime_get_ns() under the entry's
// bpf_spin_lock; packets over the rate are dropped and counted.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>

#define NSEC_PER_SEC 1000000000ULL

struct bucket {
	struct bpf_spin_lock lock;
	__u32 tokens;
	__u64 last_ns;
	__u64 dropped;
};

struct limits {
	__u32 rate_pps;		/* tokens per second */
	__u32 burst;		/* bucket size */
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);	/* LRU maps cannot hold a spin lock */
	__uint(max_entries, 100000);
	__type(key, __u32);
	__type(value, struct bucket);
} buckets SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct limits);
} config SEC(".maps");

static __always_inline int take_token(struct bucket *b, const struct limits *lim,
				      __u64 now)
{
	__u64 refill;
	int ok;

	bpf_spin_lock(&b->lock);
	refill = (now - b->last_ns) * lim->rate_pps / NSEC_PER_SEC;
	if (refill) {
		__u64 t = b->tokens + refill;

		b->tokens = t > lim->burst ? lim->burst : t;
		b->last_ns = now;
	}
	ok = b->tokens > 0;
	if (ok)
		b->tokens--;
	else
		b->dropped++;
	bpf_spin_unlock(&b->lock);
	return ok;
}

SEC("xdp")
int xdp_ratelimit(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);
	struct limits *lim;
	struct bucket *b;
	__u32 zero = 0, src;
	__u64 now;

	if ((void *)(ip + 1) > data_end || eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;
	lim = bpf_map_lookup_elem(&config, &zero);
	if (!lim || !lim->rate_pps)
		return XDP_PASS;
	src = ip->saddr;
	now = bpf_ktime_get_ns();
	b = bpf_map_lookup_elem(&buckets, &src);
	if (!b) {
		struct bucket fresh = { .tokens = lim->burst ? lim->burst - 1 : 0,
					.last_ns = now };

		bpf_map_update_elem(&buckets, &src, &fresh, BPF_NOEXIST);
		return XDP_PASS;
	}
	return take_token(b, lim, now) ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
