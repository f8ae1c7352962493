/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_MAPS_H
#define IRBPF_MAPS_H

/*
 * Map declarations.
 *
 * IRBPF_MAP() declares the classic map definition, five unsigned ints in
 * section "maps", which irbpf turns into a BTF-defined map in ".maps" that
 * libbpf 1.x loads under the variable's name (no BTF needed in the input,
 * so it works for host-target C and without -g). IRBPF_MAP_SECTION() puts
 * it in a section of its own, "maps/<name>".
 *
 * libbpf's BTF-defined maps work as well (compile with -g):
 *
 *	struct {
 *		__uint(type, BPF_MAP_TYPE_ARRAY);
 *		__uint(max_entries, 4);
 *		__type(key, __u32);
 *		__type(value, __u64);
 *	} counts SEC(".maps");
 *
 * __uint, __type and __array are defined here exactly as libbpf defines
 * them, unless <bpf/bpf_helpers.h> did already.
 */

struct irbpf_map_def {
	unsigned int type;
	unsigned int key_size;
	unsigned int value_size;
	unsigned int max_entries;
	unsigned int map_flags;
};

#define IRBPF_MAP_FLAGS(name, map_type, key_type, value_type, entries, flags) \
	struct irbpf_map_def name __attribute__((section("maps"), used)) = { \
		.type = (map_type),					\
		.key_size = sizeof(key_type),				\
		.value_size = sizeof(value_type),			\
		.max_entries = (entries),				\
		.map_flags = (flags),					\
	}

/* IRBPF_MAP(counts, BPF_MAP_TYPE_ARRAY, __u32, __u64, 4); */
#define IRBPF_MAP(name, map_type, key_type, value_type, entries) \
	IRBPF_MAP_FLAGS(name, map_type, key_type, value_type, entries, 0)

#define IRBPF_MAP_SECTION(name, map_type, key_type, value_type, entries) \
	struct irbpf_map_def name __attribute__((section("maps/" #name), used)) = { \
		.type = (map_type),					\
		.key_size = sizeof(key_type),				\
		.value_size = sizeof(value_type),			\
		.max_entries = (entries),				\
	}

#ifndef __uint
#define __uint(name, val) int (*name)[val]
#endif
#ifndef __type
#define __type(name, val) typeof(val) *name
#endif
#ifndef __array
#define __array(name, val) typeof(val) *name[]
#endif

#endif /* IRBPF_MAPS_H */
