/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_MAPS_H
#define IRBPF_MAPS_H

#include <stdint.h>

#include <llvm-c/Core.h>

#include "cli/options.h"

#define MAP_NAME_MAX 15		/* BPF_OBJ_NAME_LEN - 1 */
#define MAP_NS_LEN 256		/* gobpf's BUF_SIZE_MAP_NS */

/* Byte sizes of the annotated layouts (all fields u32, little-endian). */
enum map_layout {
	MAP_LAYOUT_CLASSIC = 20,	/* type, key_size, value_size, max_entries, map_flags */
	MAP_LAYOUT_AYA = 28,		/* ... + id, pinning */
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
};

int maps_parse_format(const char *arg, enum irbpf_map_format *fmt);

/* True when the map asks to be pinned by name (libbpf/aya 1, gobpf 2). */
int maps_pin_by_name(const struct map_def *def);

/*
 * The BTF-defined map (libbpf 1.x): a zeroed struct of "int (*attr)[N]"
 * members named @def->name in ".maps", with the debug info the BPF
 * backend turns into its .BTF. @di carries the debug-info builder across
 * maps; maps_btf_finish() completes it.
 */
struct maps_di;
LLVMValueRef maps_btf_define(LLVMModuleRef mod, struct maps_di **di,
			     const struct map_def *def);
void maps_btf_finish(struct maps_di *di);

/* The layout an older loader reads (--map-format other than btf). */
LLVMValueRef maps_legacy_define(LLVMModuleRef mod, enum irbpf_map_format fmt,
				const struct map_def *def);

#endif
