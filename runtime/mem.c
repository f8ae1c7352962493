// SPDX-License-Identifier: MIT
/*
 * memcpy, memmove, memset, memcmp and bcmp for BPF programs.
 *
 * The BPF backend expands only small constant-size copies inline and
 * refuses everything else ("A call to built-in function 'memcpy' is not
 * supported"). irbpf rewrites the copies it cannot expand into calls of
 * the __irbpf_* functions below; programs that call the C names get the
 * same code.
 *
 * The loops are static functions, which the external names wrap and
 * irbpf inlines away: a function with external linkage in the source has
 * global linkage in BTF, and the verifier checks a global function on its
 * own, without the caller's knowledge of the buffers and the length.
 * They return nothing: a subprogram may not return its caller's stack
 * pointer.
 *
 * The loops are written for the verifier: one byte at a time (the stack
 * only allows aligned accesses), indexed by a counter compared with the
 * length. The verifier follows such a loop iteration by iteration, so the
 * length must have a known upper bound where the function is called.
 * memmove compares its two pointers, which the verifier allows to
 * privileged programs only.
 */

typedef unsigned long size_t;

/*
 * Keeps the counter out of the optimiser's reach: without it, loop
 * strength reduction turns "i < n" into a comparison of two pointers,
 * which the verifier cannot bound, and idiom recognition turns the loop
 * back into the memcpy call it implements. Emits no instruction.
 */
#define opaque(x) __asm__ volatile("" : "+r"(x))

/*
 * A copy of the length that the verifier does not link to the caller's:
 * it tracks registers holding the same value together, so when the loop
 * ends at i == n it would learn the caller's n exactly, and every length
 * would become a path of its own through the rest of the caller. An AND
 * with all ones changes nothing but breaks that link; the loop's exits
 * then look alike to the caller and the verifier prunes them.
 */
#define unlink_len(n) __asm__ volatile("%0 &= -1" : "+r"(n))

#define IRBPF_IMPL static __attribute__((noinline))
#define IRBPF_WRAPPER __attribute__((always_inline))

IRBPF_IMPL void mem_cpy(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	unlink_len(n);
	for (size_t i = 0; i < n; i++) {
		d[i] = s[i];
		opaque(i);
	}
}

IRBPF_IMPL void mem_move(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if (d <= s) {
		mem_cpy(dst, src, n);
		return;
	}
	unlink_len(n);
	for (size_t i = n; i > 0; i--) {
		d[i - 1] = s[i - 1];
		opaque(i);
	}
}

IRBPF_IMPL void mem_set(void *dst, int c, size_t n)
{
	unsigned char *d = dst;

	unlink_len(n);
	for (size_t i = 0; i < n; i++) {
		d[i] = (unsigned char)c;
		opaque(i);
	}
}

IRBPF_IMPL int mem_cmp(const void *a, const void *b, size_t n)
{
	const unsigned char *p = a, *q = b;

	unlink_len(n);
	for (size_t i = 0; i < n; i++) {
		if (p[i] != q[i])
			return p[i] < q[i] ? -1 : 1;
		opaque(i);
	}
	return 0;
}

/* What irbpf rewrites the copies the backend cannot expand into. */
IRBPF_WRAPPER void *__irbpf_memcpy(void *dst, const void *src, size_t n)
{
	mem_cpy(dst, src, n);
	return dst;
}

IRBPF_WRAPPER void *__irbpf_memmove(void *dst, const void *src, size_t n)
{
	mem_move(dst, src, n);
	return dst;
}

IRBPF_WRAPPER void *__irbpf_memset(void *dst, int c, size_t n)
{
	mem_set(dst, c, n);
	return dst;
}

/* The C names, for programs that call them (Rust's core calls memcmp and
 * bcmp; C built with -fno-builtin calls all of them). */
IRBPF_WRAPPER void *memcpy(void *dst, const void *src, size_t n)
{
	mem_cpy(dst, src, n);
	return dst;
}

IRBPF_WRAPPER void *memmove(void *dst, const void *src, size_t n)
{
	mem_move(dst, src, n);
	return dst;
}

IRBPF_WRAPPER void *memset(void *dst, int c, size_t n)
{
	mem_set(dst, c, n);
	return dst;
}

IRBPF_WRAPPER int memcmp(const void *a, const void *b, size_t n)
{
	return mem_cmp(a, b, n);
}

IRBPF_WRAPPER int bcmp(const void *a, const void *b, size_t n)
{
	return mem_cmp(a, b, n);
}
