// SPDX-License-Identifier: MIT
/*
 * Annotated map → the layout an older loader reads (--map-format):
 *   legacy, cilium  struct bpf_map_def, 5 x u32, section "maps"
 *   aya             7 x u32 (+ id, pinning), section "maps"
 *   gobpf           6 x u32 (+ pinning) + char namespace[256], "maps/<name>"
 */
#include <stdio.h>
#include <string.h>

#include "stages/ir/maps_legacy.h"

static unsigned legacy_fields(enum irbpf_map_format fmt, const struct map_def *def,
			      uint32_t *v)
{
	unsigned n = 0;

	v[n++] = def->type;
	v[n++] = def->key_size;
	v[n++] = def->value_size;
	v[n++] = def->max_entries;
	v[n++] = def->map_flags;
	if (fmt == IRBPF_MAP_AYA) {
		v[n++] = def->id;
		v[n++] = maps_pin_by_name(def) ? 1 : 0;
	} else if (fmt == IRBPF_MAP_GOBPF) {
		v[n++] = def->layout == MAP_LAYOUT_GOBPF ? def->pinning
			 : maps_pin_by_name(def) ? GOBPF_PIN_GLOBAL_NS : GOBPF_PIN_NONE;
	}
	return n;
}

LLVMValueRef maps_legacy_define(LLVMModuleRef mod, enum irbpf_map_format fmt,
				const struct map_def *def)
{
	LLVMContextRef ctx = LLVMGetModuleContext(mod);
	LLVMTypeRef i32 = LLVMInt32TypeInContext(ctx);
	LLVMValueRef fields[8], init, g;
	uint32_t v[8];
	unsigned n;
	char sec[sizeof("maps/") + MAP_NAME_MAX];

	n = legacy_fields(fmt, def, v);
	for (unsigned i = 0; i < n; i++)
		fields[i] = LLVMConstInt(i32, v[i], 0);
	if (fmt == IRBPF_MAP_GOBPF) {
		char ns[MAP_NS_LEN] = "";

		if (def->layout == MAP_LAYOUT_GOBPF)
			memcpy(ns, def->ns, sizeof(ns));
		fields[n++] = LLVMConstStringInContext2(ctx, ns, sizeof(ns), 1);
	}
	init = LLVMConstStructInContext(ctx, fields, n, 1);
	g = LLVMAddGlobal(mod, LLVMTypeOf(init), def->name);
	LLVMSetInitializer(g, init);
	if (fmt == IRBPF_MAP_GOBPF)
		snprintf(sec, sizeof(sec), "maps/%s", def->name);
	else
		snprintf(sec, sizeof(sec), "maps");
	LLVMSetSection(g, sec);
	LLVMSetAlignment(g, 4);
	return g;
}
