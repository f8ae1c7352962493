// <irbpf/bpf.h> for host-target C without BTF: annotated maps through
// IRBPF_MAP/IRBPF_MAP_FLAGS/IRBPF_MAP_SECTION, helpers by name, a memset
// of run-time length, the licence and version macros. Needs no -g.
#include <linux/bpf.h>
#include <irbpf/bpf.h>

struct flow {
	__u32 packets;
	__u32 bytes;
};

IRBPF_MAP(sizes, BPF_MAP_TYPE_ARRAY, __u32, __u64, 2);
IRBPF_MAP_FLAGS(flows, BPF_MAP_TYPE_HASH, __u32, struct flow, 16, BPF_F_NO_PREALLOC);
IRBPF_MAP_SECTION(last, BPF_MAP_TYPE_ARRAY, __u32, __u64, 1);

struct blob {
	__u8 b[16];
};

IRBPF_MAP(blobs, BPF_MAP_TYPE_ARRAY, __u32, struct blob, 1);

SEC("socket")
int account(struct __sk_buff *skb)
{
	__u32 key = skb->len > 64, proto = skb->protocol, zero = 0;
	struct flow init = { 1, skb->len }, *f;
	struct blob *blob;
	__u64 *n = bpf_map_lookup_elem(&sizes, &key), now;

	if (n)
		__sync_fetch_and_add(n, 1);
	f = bpf_map_lookup_elem(&flows, &proto);
	if (f) {
		f->packets++;
		f->bytes += skb->len;
	} else {
		bpf_map_update_elem(&flows, &proto, &init, BPF_NOEXIST);
	}
	now = bpf_ktime_get_ns();
	bpf_map_update_elem(&last, &zero, &now, BPF_ANY);
	blob = bpf_map_lookup_elem(&blobs, &zero);
	if (blob)
		__builtin_memset(blob->b, 0xab, skb->len & 15);
	return skb->len;
}

IRBPF_LICENSE("Dual MIT/GPL");
IRBPF_KVERSION(0x060c00);
