/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_SECTION_H
#define IRBPF_SECTION_H

/*
 * Placing functions and data where loaders look for them. The IRBPF_
 * names never clash with libbpf's <bpf/bpf_helpers.h>; SEC() is defined
 * only when libbpf's is not already there.
 */

/* Puts a program, map or variable in section @name ("xdp", "socket",
 * "tracepoint/syscalls/sys_enter_openat", ".maps", ...). */
#define IRBPF_SEC(name) __attribute__((section(name), used))

#ifndef SEC
#define SEC(name) IRBPF_SEC(name)
#endif

/* The program's licence: IRBPF_LICENSE("GPL"). GPL-only helpers need a
 * GPL-compatible one. */
#define IRBPF_LICENSE(text) \
	char _license[] __attribute__((section("license"), used)) = text

/* The kernel version old kprobe loaders check: IRBPF_KVERSION(0x060c00). */
#define IRBPF_KVERSION(v) \
	unsigned int _version __attribute__((section("version"), used)) = (v)

/* Always inlined, whatever the optimisation level (libbpf's __always_inline
 * under a name of its own). */
#define IRBPF_INLINE inline __attribute__((always_inline))

#endif /* IRBPF_SECTION_H */
