/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_BPF_H
#define IRBPF_BPF_H

/*
 * Everything a BPF program compiled by irbpf needs, for C built for any
 * target: clang -g -O2 -emit-llvm -c prog.c (with or without -target bpf).
 *
 *	#include <linux/bpf.h>	(or "vmlinux.h"): types and constants
 *	#include <irbpf/bpf.h>
 *
 * Helpers are plain external functions (bpf_map_lookup_elem(), ...) that
 * the irbpf runtime defines; memcpy/memset/memmove/memcmp of any length
 * work too. Use either this or libbpf's <bpf/bpf_helpers.h>: when both are
 * included, include libbpf's first and its helper declarations are used.
 */

#include "irbpf/section.h"
#include "irbpf/maps.h"
#include "irbpf/helpers.h"

/* bpf_trace_printk() with the format's size filled in (GPL only):
 * irbpf_printk("len %u", len); */
#define irbpf_printk(fmt, ...) ({					\
	static const char ____irbpf_fmt[] = fmt;			\
	bpf_trace_printk(____irbpf_fmt, sizeof(____irbpf_fmt), ##__VA_ARGS__); \
})

#endif /* IRBPF_BPF_H */
