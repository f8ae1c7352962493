// SPDX-License-Identifier: MIT
/*
 * Annotated maps: a frontend that cannot write BTF declares a map as a
 * plain struct of u32 fields in section "maps" or "maps/<name>". libbpf
 * 1.x rejects that section, so each such map is rewritten into the layout
 * --map-format asks for (a BTF-defined map in ".maps" by default) under the
 * same name; code referring to the old global refers to the new one.
 * BTF-defined maps (".maps") pass through untouched.
 */
#include "stages/ir/maps.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/libbpf.h>
#include <llvm-c/DebugInfo.h>

#include "diag/diag.h"
#include "llvm/debuginfo.h"
#include "llvm/irconst.h"
#include "stages/ir/maps_btf.h"
#include "stages/ir/maps_legacy.h"
#include "stages/ir/maps_types.h"
#include "stages/ir/rust.h"
#include "stages/stages.h"

struct annotated {
	LLVMValueRef global;
	struct map_def def;
};

int maps_parse_format(const char *arg, enum irbpf_map_format *fmt)
{
	static const struct { const char *name; enum irbpf_map_format fmt; } formats[] = {
		{ "btf", IRBPF_MAP_BTF }, { "legacy", IRBPF_MAP_LEGACY },
		{ "aya", IRBPF_MAP_AYA }, { "cilium", IRBPF_MAP_CILIUM },
		{ "gobpf", IRBPF_MAP_GOBPF },
	};

	for (size_t i = 0; i < sizeof(formats) / sizeof(formats[0]); i++) {
		if (!strcmp(arg, formats[i].name)) {
			*fmt = formats[i].fmt;
			return 0;
		}
	}
	diag_error("invalid value '%s' for --map-format (expected btf, legacy, aya, cilium "
		   "or gobpf)", arg);
	return 1;
}

/* "maps" or "maps/<name>"; sets *name to <name> or NULL. */
static int annotated_section(const char *sec, const char **name)
{
	if (!sec)
		return 0;
	if (!strcmp(sec, "maps")) {
		*name = NULL;
		return 1;
	}
	if (!strncmp(sec, "maps/", 5)) {
		*name = sec + 5;
		return 1;
	}
	return 0;
}

static uint32_t u32_at(const uint8_t *p, unsigned index)
{
	p += 4 * index;
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void decode(const uint8_t *b, enum map_layout layout, struct map_def *def)
{
	def->layout = layout;
	def->type = u32_at(b, 0);
	def->key_size = u32_at(b, 1);
	def->value_size = u32_at(b, 2);
	def->max_entries = u32_at(b, 3);
	def->map_flags = u32_at(b, 4);
	if (maps_has_aya_fields(def)) {
		def->id = u32_at(b, 5);
		def->pinning = u32_at(b, 6);
	} else if (layout == MAP_LAYOUT_GOBPF) {
		def->pinning = u32_at(b, 5);
		memcpy(def->ns, b + 24, MAP_NS_LEN);
		def->ns[MAP_NS_LEN - 1] = '\0';
	}
}

static int valid_name(const char *name)
{
	if (!isalpha((unsigned char)name[0]) && name[0] != '_')
		return 0;
	for (const char *p = name; *p; p++)
		if (!isalnum((unsigned char)*p) && *p != '_')
			return 0;
	return 1;
}

/* "map 'x' (file:line)" prefix of every message about one map. */
#define MAP_FMT "map '%s'%s%s%s"
#define MAP_ARGS(d) (d)->name, (d)->where[0] ? " (" : "", (d)->where, (d)->where[0] ? ")" : ""

static int read_name(LLVMValueRef g, const char *sec_name, struct map_def *def)
{
	const char *name = sec_name ? sec_name : LLVMGetValueName(g);
	const char *hint = sec_name ? "" : "; give the symbol a short unmangled name "
		"(#[no_mangle]) or put it in section 'maps/<name>'";

	snprintf(def->name, sizeof(def->name), "%s", name);
	if (strlen(name) > MAP_NAME_MAX) {
		diag_error("map name '%s'%s%s%s is longer than %d characters%s", name,
			   def->where[0] ? " (" : "", def->where, def->where[0] ? ")" : "",
			   MAP_NAME_MAX, hint);
		return -1;
	}
	if (!valid_name(name)) {
		diag_error(MAP_FMT ": the name must be a C identifier", MAP_ARGS(def));
		return -1;
	}
	return 0;
}

static int read_def(LLVMTargetDataRef td, LLVMValueRef g, const char *sec_name,
		    struct map_def *def)
{
	uint64_t size = irconst_global_size(td, g);
	uint8_t bytes[MAP_LAYOUT_GOBPF];

	diag_global_location(g, def->where, sizeof(def->where));
	if (read_name(g, sec_name, def))
		return -1;
	if (size != MAP_LAYOUT_CLASSIC && size != MAP_LAYOUT_AYA && size != MAP_LAYOUT_TYPED &&
	    size != MAP_LAYOUT_GOBPF) {
		diag_error(MAP_FMT ": annotated map definition is %llu bytes; expected 20 "
			   "(type, key_size, value_size, max_entries, map_flags as u32), "
			   "28 (+ id, pinning), 48 (28, then key and value type pointers) "
			   "or 280 (+ pinning, char namespace[256])",
			   MAP_ARGS(def), (unsigned long long)size);
		return -1;
	}
	if (irconst_bytes(td, LLVMGetInitializer(g), bytes, (size_t)size)) {
		diag_error(MAP_FMT ": the definition is not a constant of plain integers",
			   MAP_ARGS(def));
		return -1;
	}
	decode(bytes, (enum map_layout)size, def);
	if (def->layout == MAP_LAYOUT_TYPED)
		maps_read_types(g, def);
	return 0;
}

static int is_array_like(uint32_t type)
{
	return type == BPF_MAP_TYPE_ARRAY || type == BPF_MAP_TYPE_PERCPU_ARRAY ||
	       type == BPF_MAP_TYPE_PROG_ARRAY || type == BPF_MAP_TYPE_PERF_EVENT_ARRAY ||
	       type == BPF_MAP_TYPE_CGROUP_ARRAY || type == BPF_MAP_TYPE_ARRAY_OF_MAPS;
}

static int is_hash_like(uint32_t type)
{
	return type == BPF_MAP_TYPE_HASH || type == BPF_MAP_TYPE_PERCPU_HASH ||
	       type == BPF_MAP_TYPE_LRU_HASH || type == BPF_MAP_TYPE_LRU_PERCPU_HASH ||
	       type == BPF_MAP_TYPE_LPM_TRIE;
}

/* What the kernel would refuse at map creation, said at build time. */
static int check_shape(const struct map_def *def)
{
	const char *tname = libbpf_bpf_map_type_str((enum bpf_map_type)def->type);

	if (!def->type || !tname) {
		diag_error(MAP_FMT ": unknown map type %u", MAP_ARGS(def), def->type);
		return -1;
	}
	if (!def->max_entries && def->type != BPF_MAP_TYPE_PERF_EVENT_ARRAY) {
		diag_error(MAP_FMT ": max_entries is 0", MAP_ARGS(def));
		return -1;
	}
	if (is_array_like(def->type) && def->key_size != 4) {
		diag_error(MAP_FMT ": key_size must be 4 for map type %s, not %u", MAP_ARGS(def),
			   tname, def->key_size);
		return -1;
	}
	if ((is_hash_like(def->type) && !def->key_size) ||
	    ((is_hash_like(def->type) || def->type == BPF_MAP_TYPE_ARRAY ||
	      def->type == BPF_MAP_TYPE_PERCPU_ARRAY) && !def->value_size)) {
		diag_error(MAP_FMT ": key_size and value_size must not be 0 for map type %s",
			   MAP_ARGS(def), tname);
		return -1;
	}
	if (def->type == BPF_MAP_TYPE_RINGBUF && (def->key_size || def->value_size)) {
		diag_error(MAP_FMT ": key_size and value_size must be 0 for map type ringbuf",
			   MAP_ARGS(def));
		return -1;
	}
	return 0;
}

static int check_pinning(const struct map_def *def, enum irbpf_map_format fmt)
{
	if ((fmt == IRBPF_MAP_LEGACY || fmt == IRBPF_MAP_CILIUM) && def->pinning) {
		diag_error(MAP_FMT " asks for pinning, which the 20-byte layout of "
			   "--map-format=%s cannot hold (use btf, aya or gobpf)", MAP_ARGS(def),
			   fmt == IRBPF_MAP_LEGACY ? "legacy" : "cilium");
		return -1;
	}
	if (maps_has_aya_fields(def) && def->pinning > 1) {
		diag_error(MAP_FMT ": pinning %u is neither 0 (none) nor 1 (by name)",
			   MAP_ARGS(def), def->pinning);
		return -1;
	}
	if (def->layout != MAP_LAYOUT_GOBPF)
		return 0;
	if (def->pinning > GOBPF_PIN_CUSTOM_NS) {
		diag_error(MAP_FMT ": gobpf pinning %u is not one of 0..3", MAP_ARGS(def),
			   def->pinning);
		return -1;
	}
	if (fmt != IRBPF_MAP_GOBPF && (def->pinning == GOBPF_PIN_OBJECT_NS ||
				       def->pinning == GOBPF_PIN_CUSTOM_NS)) {
		diag_error(MAP_FMT ": gobpf pinning %u (%s namespace) has no equivalent outside "
			   "--map-format=gobpf", MAP_ARGS(def), def->pinning,
			   def->pinning == GOBPF_PIN_OBJECT_NS ? "object" : "custom");
		return -1;
	}
	return 0;
}

/* libbpf reads a BTF-defined map from its BTF, which comes from debug
 * info: without it the object cannot load ("BTF is required"). */
static int check_btf_map(const struct irbpf_ctx *ctx, LLVMValueRef g)
{
	const char *sec = LLVMGetSection(g);

	if (LLVMIsDeclaration(g) || !sec || strncmp(sec, ".maps", 5) || debuginfo_global_has(g))
		return 0;
	diag_error("map '%s' in section '%s' has no debug info, so no BTF for libbpf to read "
		   "its definition from; %s", LLVMGetValueName(g), sec,
		   rust_program(ctx) ?
		   "build it with debug info (cargo irbpf does; rustc: -C debuginfo=2)" :
		   "compile it with -g");
	return -1;
}

/* Gathers every annotated map; returns how many, or -1 after errors. */
static int collect(struct irbpf_ctx *ctx, struct annotated **out)
{
	LLVMTargetDataRef td = LLVMGetModuleDataLayout(ctx->module);
	struct annotated *maps = NULL;
	int n = 0, bad = 0;

	for (LLVMValueRef g = LLVMGetFirstGlobal(ctx->module); g; g = LLVMGetNextGlobal(g)) {
		const char *sec_name;
		struct annotated *grown;

		if (check_btf_map(ctx, g))
			bad = 1;
		if (LLVMIsDeclaration(g) || !annotated_section(LLVMGetSection(g), &sec_name))
			continue;
		grown = realloc(maps, (size_t)(n + 1) * sizeof(*maps));
		if (!grown) {
			diag_error("out of memory");
			free(maps);
			return -1;
		}
		maps = grown;
		memset(&maps[n], 0, sizeof(maps[n]));
		maps[n].global = g;
		if (read_def(td, g, sec_name, &maps[n].def) || check_shape(&maps[n].def) ||
		    check_pinning(&maps[n].def, ctx->opts->map_format))
			bad = 1;
		n++;
	}
	*out = maps;
	return bad ? -1 : n;
}

static int check_unique(const struct annotated *maps, int n)
{
	for (int i = 0; i < n; i++) {
		for (int j = 0; j < i; j++) {
			if (!strcmp(maps[i].def.name, maps[j].def.name)) {
				diag_error(MAP_FMT ": declared twice", MAP_ARGS(&maps[i].def));
				return -1;
			}
		}
	}
	return 0;
}

static int rewrite_one(struct irbpf_ctx *ctx, struct maps_di **di, struct annotated *m)
{
	LLVMModuleRef mod = ctx->module;
	const struct map_def *def = &m->def;
	LLVMValueRef g;

	LLVMSetValueName2(m->global, "", 0);	/* the new map takes its name */
	if (LLVMGetNamedGlobal(mod, def->name) || LLVMGetNamedFunction(mod, def->name)) {
		diag_error(MAP_FMT ": another symbol has this name", MAP_ARGS(def));
		return -1;
	}
	if (ctx->opts->map_format == IRBPF_MAP_BTF)
		g = maps_btf_define(mod, di, def);
	else
		g = maps_legacy_define(mod, ctx->opts->map_format, def);
	if (!g)
		return -1;
	LLVMReplaceAllUsesWith(m->global, g);
	LLVMDeleteGlobal(m->global);
	m->global = NULL;
	return 0;
}

int stage_maps(struct irbpf_ctx *ctx)
{
	struct annotated *maps = NULL;
	struct maps_di *di = NULL;
	int n = collect(ctx, &maps), err = n < 0 || check_unique(maps, n);

	for (int i = 0; !err && i < n; i++)
		err = rewrite_one(ctx, &di, &maps[i]);
	maps_btf_finish(di);
	free(maps);
	return err ? -1 : 0;
}
