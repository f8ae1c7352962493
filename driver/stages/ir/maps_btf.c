// SPDX-License-Identifier: MIT
/*
 * Annotated map → BTF-defined map. libbpf reads a map's attributes from
 * the BTF of its variable in ".maps": a struct whose members are
 * "int (*name)[value]" (what __uint(name, value) expands to). The BPF
 * backend writes that BTF from debug info, so the map gets its debug
 * info here, through the DIBuilder, and the .maps bytes stay zero.
 */
#include <stdlib.h>
#include <string.h>

#include <llvm-c/DebugInfo.h>

#include "llvm/compat.h"
#include "stages/ir/maps_btf.h"

struct maps_di {
	LLVMDIBuilderRef builder;
	LLVMMetadataRef cu, file, int_type;
};

/* A unit of its own (no paths, so the output stays reproducible); a
 * module without any debug info gets the flags the backend needs. */
static void add_debug_flags(LLVMModuleRef mod)
{
	LLVMContextRef ctx = LLVMGetModuleContext(mod);
	LLVMTypeRef i32 = LLVMInt32TypeInContext(ctx);

	if (!LLVMGetModuleFlag(mod, "Debug Info Version", strlen("Debug Info Version")))
		LLVMAddModuleFlag(mod, LLVMModuleFlagBehaviorWarning, "Debug Info Version",
				  strlen("Debug Info Version"),
				  LLVMValueAsMetadata(LLVMConstInt(i32, LLVMDebugMetadataVersion(), 0)));
	if (!LLVMGetModuleFlag(mod, "Dwarf Version", strlen("Dwarf Version")))
		LLVMAddModuleFlag(mod, LLVMModuleFlagBehaviorWarning, "Dwarf Version",
				  strlen("Dwarf Version"),
				  LLVMValueAsMetadata(LLVMConstInt(i32, 5, 0)));
}

static struct maps_di *di_create(LLVMModuleRef mod)
{
	static const char producer[] = "irbpf";
	static const char file[] = "<irbpf maps>";
	struct maps_di *di = calloc(1, sizeof(*di));

	if (!di)
		return NULL;
	add_debug_flags(mod);
	di->builder = LLVMCreateDIBuilder(mod);
	di->file = LLVMDIBuilderCreateFile(di->builder, file, strlen(file), "", 0);
	di->cu = LLVMDIBuilderCreateCompileUnit(di->builder, LLVMDWARFSourceLanguageC,
						di->file, producer, strlen(producer), 1, "", 0, 0,
						"", 0, LLVMDWARFEmissionFull, 0, 0, 0, "", 0, "", 0);
	di->int_type = LLVMDIBuilderCreateBasicType(di->builder, "int", 3, 32,
						    0x05 /* DW_ATE_signed */, LLVMDIFlagZero);
	return di;
}

/* "T *name" at member slot @slot: what __type(name, T) expands to. */
static LLVMMetadataRef type_attr(struct maps_di *di, const char *name, LLVMMetadataRef type,
				 unsigned slot)
{
	LLVMMetadataRef ptr = LLVMDIBuilderCreatePointerType(di->builder, type, 64, 0, 0, "", 0);

	return LLVMDIBuilderCreateMemberType(di->builder, di->cu, name, strlen(name), di->file,
					     0, 64, 64, (uint64_t)slot * 64, LLVMDIFlagZero, ptr);
}

/* "int (*name)[value]" at member slot @slot. */
static LLVMMetadataRef int_attr(struct maps_di *di, const char *name, uint32_t value,
				unsigned slot)
{
	LLVMDIBuilderRef b = di->builder;
	LLVMMetadataRef range = LLVMDIBuilderGetOrCreateSubrange(b, 0, value);
	LLVMMetadataRef array = LLVMDIBuilderCreateArrayType(b, (uint64_t)value * 32, 32,
							     di->int_type, &range, 1);
	LLVMMetadataRef ptr = LLVMDIBuilderCreatePointerType(b, array, 64, 0, 0, "", 0);

	return LLVMDIBuilderCreateMemberType(b, di->cu, name, strlen(name), di->file, 0, 64,
					     64, (uint64_t)slot * 64, LLVMDIFlagZero, ptr);
}

struct attr {
	const char *name;
	uint32_t value;
	LLVMMetadataRef type;	/* __type(name, T): a pointer to T instead of a number */
};

/* The attributes libbpf reads; zero ones are left out as with __uint(). */
static unsigned collect_attrs(const struct map_def *def, struct attr *out)
{
	const struct attr all[] = {
		{ "type", def->type, NULL },
		{ "max_entries", def->max_entries, NULL },
		{ def->key_type ? "key" : "key_size", def->key_size, def->key_type },
		{ def->value_type ? "value" : "value_size", def->value_size, def->value_type },
		{ "map_flags", def->map_flags, NULL },
		{ "pinning", maps_pin_by_name(def) ? 1 : 0, NULL },
	};
	unsigned n = 0;

	for (size_t i = 0; i < sizeof(all) / sizeof(all[0]); i++)
		if (all[i].value || i == 0)
			out[n++] = all[i];
	return n;
}

static void attach_debug_info(struct maps_di *di, LLVMValueRef g, const struct map_def *def,
			      const struct attr *attrs, unsigned n)
{
	LLVMDIBuilderRef b = di->builder;
	LLVMMetadataRef members[8], type, expr, gve;

	for (unsigned i = 0; i < n; i++)
		members[i] = attrs[i].type ? type_attr(di, attrs[i].name, attrs[i].type, i)
					   : int_attr(di, attrs[i].name, attrs[i].value, i);
	type = LLVMDIBuilderCreateStructType(b, di->cu, "", 0, di->file, 0, (uint64_t)n * 64,
					     64, LLVMDIFlagZero, NULL, members, n, 0, NULL, "", 0);
	expr = LLVMDIBuilderCreateExpression(b, NULL, 0);
	gve = LLVMDIBuilderCreateGlobalVariableExpression(b, di->cu, def->name,
							  strlen(def->name), "", 0, di->file, 0,
							  type, 0, expr, NULL, 64);
	compat_global_add_debug_info(g, gve);
}

LLVMValueRef maps_btf_define(LLVMModuleRef mod, struct maps_di **di, const struct map_def *def)
{
	LLVMContextRef ctx = LLVMGetModuleContext(mod);
	LLVMTypeRef ptr = LLVMPointerTypeInContext(ctx, 0), fields[8], type;
	struct attr attrs[8];
	unsigned n = collect_attrs(def, attrs);
	LLVMValueRef g;

	if (!*di && !(*di = di_create(mod)))
		return NULL;
	for (unsigned i = 0; i < n; i++)
		fields[i] = ptr;
	type = LLVMStructTypeInContext(ctx, fields, n, 0);
	g = LLVMAddGlobal(mod, type, def->name);
	LLVMSetInitializer(g, LLVMConstNull(type));
	LLVMSetSection(g, ".maps");
	LLVMSetAlignment(g, 8);
	attach_debug_info(*di, g, def, attrs, n);
	return g;
}

void maps_btf_finish(struct maps_di *di)
{
	if (!di)
		return;
	LLVMDIBuilderFinalize(di->builder);
	LLVMDisposeDIBuilder(di->builder);
	free(di);
}
