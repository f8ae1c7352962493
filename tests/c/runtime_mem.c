// mem* for the irbpf runtime, into map values the test checks byte by
// byte. mem_ops: lengths only known at run time (the packet's first byte):
// copies, fills, overlapping moves and comparisons. mem_big: constant
// lengths beyond what the BPF backend expands inline.
//
// Packet: n (0..64), fill byte, then 64 source bytes.
#include <linux/bpf.h>
#include <irbpf/bpf.h>

#ifndef MEM_BY_NAME
/* The compiler's own forms: llvm.mem* intrinsics, memcmp/bcmp calls. */
#define memcpy __builtin_memcpy
#define memmove __builtin_memmove
#define memset __builtin_memset
#define memcmp __builtin_memcmp
#else
/* -fno-builtin: plain calls of the C functions, as other frontends make. */
void *memcpy(void *dst, const void *src, unsigned long n);
void *memmove(void *dst, const void *src, unsigned long n);
void *memset(void *dst, int c, unsigned long n);
int memcmp(const void *a, const void *b, unsigned long n);
#endif

#define BUF 64

struct blob {
	__u8 b[BUF];
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, struct blob);
} blobs SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u64);
} cmps SEC(".maps");

static IRBPF_INLINE struct blob *blob(__u32 k)
{
	return bpf_map_lookup_elem(&blobs, &k);
}

static IRBPF_INLINE void store_cmp(__u32 k, int r)
{
	__u64 v = r < 0 ? 1 : r > 0 ? 2 : 3;

	bpf_map_update_elem(&cmps, &k, &v, BPF_ANY);
}

SEC("xdp")
int mem_ops(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct blob *b0, *b1, *b2, *b3;
	__u8 src[BUF], *p = data;
	__u32 n, m;
	__u8 fill;

	if (data + 2 + BUF > end)
		return XDP_ABORTED;
	n = p[0];
	fill = p[1];
	if (n > BUF)
		return XDP_DROP;
	m = n > BUF - 3 ? BUF - 3 : n;
	__builtin_memcpy(src, p + 2, BUF);

	b0 = blob(0);
	b1 = blob(1);
	b2 = blob(2);
	b3 = blob(3);
	if (!b0 || !b1 || !b2 || !b3)
		return XDP_ABORTED;

	memcpy(b0->b, src, n);			/* stack -> map value */
	memset(b1->b, fill, n);
	memcpy(b2->b, src, BUF);
	memmove(b2->b + 3, b2->b, m);		/* overlapping, backwards */
	memcpy(b3->b, src, BUF);
	memmove(b3->b, b3->b + 3, m);		/* overlapping, forwards */

	store_cmp(0, memcmp(src, b0->b, n));	/* equal */
	store_cmp(1, memcmp(src, b1->b, n));	/* src < fill unless n == 0 */
	store_cmp(2, memcmp(b1->b, src, n));	/* the other way round */
	store_cmp(3, memcmp(b2->b, b3->b, n) != 0);	/* bcmp-style use */
	return XDP_PASS;
}

#define BIG 1536

struct big {
	__u8 b[BIG];
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 2);
	__type(key, __u32);
	__type(value, struct big);
} bigs SEC(".maps");

SEC("xdp")
int mem_big(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	__u32 k0 = 0, k1 = 1;
	struct big *b0, *b1;
	__u8 *p = data;

	if (data + 2 > end)
		return XDP_ABORTED;
	b0 = bpf_map_lookup_elem(&bigs, &k0);
	b1 = bpf_map_lookup_elem(&bigs, &k1);
	if (!b0 || !b1)
		return XDP_ABORTED;
	memset(b0->b, p[1], BIG);
	b0->b[0] = 0x33;
	b0->b[BIG - 1] = 0x11;
	memcpy(b1->b, b0->b, BIG);
	memmove(b1->b + 1, b1->b, 100);
	b1->b[0] = 0x22;
	return XDP_PASS;
}

IRBPF_LICENSE("GPL");
