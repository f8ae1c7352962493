// SPDX-License-Identifier: MIT
/*
 * Debug info of Rust code, dropped before code generation. The BPF
 * backend turns debug info into BTF, and rustc's does not fit the
 * kernel's BTF rules: names such as "fold<u8, core::slice::iter::Iter<u8>>",
 * enum variant parts, and subroutine types without a return type (which
 * the backend encodes as a FUNC with an invalid type id). One rejected
 * type fails the whole load, so Rust programs carry no BTF of their own.
 * The diagnostics that need source locations have run by now.
 *
 * Map definitions in ".maps" keep theirs: their BTF is what libbpf reads
 * the map's shape from, and it is written by the driver, not by rustc.
 */
#include <stdlib.h>
#include <string.h>

#include <llvm-c/DebugInfo.h>

#include "rust.h"
#include "stages.h"

struct kept_dbg {
	LLVMValueRef global;
	LLVMMetadataRef md;
};

static bool in_maps_section(LLVMValueRef g)
{
	const char *sec = LLVMGetSection(g);

	return sec && !strcmp(sec, ".maps");
}

static size_t count_globals(LLVMModuleRef mod)
{
	size_t n = 0;

	for (LLVMValueRef g = LLVMGetFirstGlobal(mod); g; g = LLVMGetNextGlobal(g))
		n++;
	return n;
}

static LLVMMetadataRef global_dbg(LLVMValueRef g, unsigned dbg_kind)
{
	LLVMMetadataRef md = NULL;
	size_t n = 0;
	LLVMValueMetadataEntry *entries = LLVMGlobalCopyAllMetadata(g, &n);

	for (unsigned i = 0; i < n && !md; i++)
		if (LLVMValueMetadataEntriesGetKind(entries, i) == dbg_kind)
			md = LLVMValueMetadataEntriesGetMetadata(entries, i);
	if (entries)
		LLVMDisposeValueMetadataEntries(entries);
	return md;
}

static size_t save_map_dbg(LLVMModuleRef mod, unsigned dbg_kind, struct kept_dbg *kept)
{
	size_t n = 0;

	for (LLVMValueRef g = LLVMGetFirstGlobal(mod); g; g = LLVMGetNextGlobal(g)) {
		LLVMMetadataRef md;

		if (!in_maps_section(g))
			continue;
		md = global_dbg(g, dbg_kind);
		if (md)
			kept[n++] = (struct kept_dbg){ g, md };
	}
	return n;
}

/* The backend emits BTF only for a module with a compile unit. */
static void add_compile_unit(LLVMModuleRef mod)
{
	LLVMDIBuilderRef dib = LLVMCreateDIBuilder(mod);
	LLVMMetadataRef file = LLVMDIBuilderCreateFile(dib, "maps", 4, "", 0);

	LLVMDIBuilderCreateCompileUnit(dib, LLVMDWARFSourceLanguageC, file, "irbpf", 5,
				       1, "", 0, 0, "", 0, LLVMDWARFEmissionFull, 0,
				       0, 0, "", 0, "", 0);
	LLVMDIBuilderFinalize(dib);
	LLVMDisposeDIBuilder(dib);
	if (!LLVMGetModuleFlag(mod, "Debug Info Version", 18))
		LLVMAddModuleFlag(mod, LLVMModuleFlagBehaviorWarning, "Debug Info Version",
				  18, LLVMValueAsMetadata(LLVMConstInt(
					  LLVMInt32TypeInContext(LLVMGetModuleContext(mod)),
					  LLVMDebugMetadataVersion(), 0)));
}

int stage_rust_debuginfo(struct irbpf_ctx *ctx)
{
	LLVMModuleRef mod = ctx->module;
	unsigned dbg_kind = LLVMGetMDKindIDInContext(ctx->llvm, "dbg", 3);
	struct kept_dbg *kept;
	size_t n;

	if (!rust_module_has_rust(mod))
		return 0;
	kept = calloc(count_globals(mod) + 1, sizeof(*kept));
	if (!kept) {
		diag_error("out of memory");
		return -1;
	}
	n = save_map_dbg(mod, dbg_kind, kept);
	LLVMStripModuleDebugInfo(mod);
	if (n)
		add_compile_unit(mod);
	for (size_t i = 0; i < n; i++)
		LLVMGlobalSetMetadata(kept[i].global, dbg_kind, kept[i].md);
	free(kept);
	return 0;
}
