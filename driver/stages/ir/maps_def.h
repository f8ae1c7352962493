/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_MAPS_DEF_H
#define IRBPF_MAPS_DEF_H

#include <stdint.h>

#include <llvm-c/Core.h>

#define MAP_NAME_MAX 15		/* BPF_OBJ_NAME_LEN - 1 */
#define MAP_NS_LEN 256		/* gobpf's BUF_SIZE_MAP_NS */

/* Byte sizes of the annotated layouts (all fields u32, little-endian). */
enum map_layout {
	MAP_LAYOUT_CLASSIC = 20,	/* type, key_size, value_size, max_entries, map_flags */
	MAP_LAYOUT_AYA = 28,		/* ... + id, pinning */
	MAP_LAYOUT_TYPED = 48,		/* aya's, padding, then null key and value pointers */
	MAP_LAYOUT_GOBPF = 280,		/* ... + pinning, char namespace[256] */
};

/* gobpf's pinning values; aya and libbpf use 0 (none) and 1 (by name). */
enum { GOBPF_PIN_NONE, GOBPF_PIN_OBJECT_NS, GOBPF_PIN_GLOBAL_NS, GOBPF_PIN_CUSTOM_NS };

/* One annotated map, as read from its section. */
struct map_def {
	char name[MAP_NAME_MAX + 1];
	enum map_layout layout;
	uint32_t type, key_size, value_size, max_entries, map_flags;
	uint32_t id;			/* aya layout only */
	uint32_t pinning;		/* in the input layout's own encoding */
	char ns[MAP_NS_LEN];		/* gobpf layout only */
	char where[512];		/* "file:line" of the declaration, or "" */
	LLVMMetadataRef key_type;	/* typed layout: the key's debug-info type, or NULL */
	LLVMMetadataRef value_type;
};

/* aya's id and pinning fields: the aya layout and the typed one. */
static inline int maps_has_aya_fields(const struct map_def *def)
{
	return def->layout == MAP_LAYOUT_AYA || def->layout == MAP_LAYOUT_TYPED;
}

/* True when the map asks to be pinned by name (libbpf/aya 1, gobpf 2). */
static inline int maps_pin_by_name(const struct map_def *def)
{
	if (maps_has_aya_fields(def))
		return def->pinning == 1;
	if (def->layout == MAP_LAYOUT_GOBPF)
		return def->pinning == GOBPF_PIN_GLOBAL_NS;
	return 0;
}

#endif
