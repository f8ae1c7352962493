// SPDX-License-Identifier: MIT
/*
 * Stage 5: only what loaders look at keeps external linkage: program entry
 * functions, maps, global data, license and version, and the global
 * functions --internalize keeps (C's non-static functions by default, as
 * clang does: BPF static linking and freplace use them). Everything else
 * becomes internal so that global DCE removes what no program reaches.
 */
#include "stages/ir/internalize.h"

#include <string.h>

#include <llvm-c/Comdat.h>

#include "llvm/passes.h"
#include "stages/ir/sections.h"
#include "stages/stages.h"

static int starts_with(const char *s, const char *prefix)
{
	return !strncmp(s, prefix, strlen(prefix));
}

/* Global data sections libbpf turns into maps, plus the metadata ones. */
static int loader_visible_data(const char *sec)
{
	static const char *const prefixes[] = {
		".rodata", ".data", ".bss", ".maps", "maps", "license", "version",
		".ksyms", ".kconfig", ".struct_ops",
	};

	if (!sec || !*sec)
		return 1;	/* implicit .data/.bss/.rodata */
	for (size_t i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++)
		if (starts_with(sec, prefixes[i]))
			return 1;
	return 0;
}

/* String attribute on the functions that keep their linkage. */
#define KEEP_ATTR "irbpf-keep-global"

int internalize_parse_mode(const char *arg, enum irbpf_internalize *mode)
{
	if (!strcmp(arg, "programs")) {
		*mode = IRBPF_INTERNALIZE_PROGRAMS;
		return 0;
	}
	if (!strcmp(arg, "none")) {
		*mode = IRBPF_INTERNALIZE_NONE;
		return 0;
	}
	diag_error("invalid value '%s' for --internalize (expected programs or none)", arg);
	return 1;
}

void internalize_mark_globals(LLVMModuleRef mod, enum irbpf_internalize mode,
			      bool made_by_clang)
{
	LLVMContextRef llvm = LLVMGetModuleContext(mod);

	if (mode == IRBPF_INTERNALIZE_PROGRAMS ||
	    (mode == IRBPF_INTERNALIZE_AUTO && !made_by_clang))
		return;
	for (LLVMValueRef fn = LLVMGetFirstFunction(mod); fn; fn = LLVMGetNextFunction(fn)) {
		LLVMLinkage l = LLVMGetLinkage(fn);

		if (LLVMIsDeclaration(fn) ||
		    (l != LLVMExternalLinkage && l != LLVMWeakAnyLinkage))
			continue;
		LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
					LLVMCreateStringAttribute(llvm, KEEP_ATTR,
								  strlen(KEEP_ATTR), "", 0));
	}
}

static bool take_keep_mark(LLVMValueRef fn)
{
	if (!LLVMGetStringAttributeAtIndex(fn, LLVMAttributeFunctionIndex, KEEP_ATTR,
					   strlen(KEEP_ATTR)))
		return false;
	LLVMRemoveStringAttributeAtIndex(fn, LLVMAttributeFunctionIndex, KEEP_ATTR,
					 strlen(KEEP_ATTR));
	return true;
}

static void make_internal(LLVMValueRef v)
{
	LLVMSetLinkage(v, LLVMInternalLinkage);
	LLVMSetVisibility(v, LLVMDefaultVisibility);
	LLVMSetComdat(v, NULL);
}

static unsigned internalize_functions(LLVMModuleRef mod)
{
	unsigned entries = 0;

	for (LLVMValueRef fn = LLVMGetFirstFunction(mod); fn; fn = LLVMGetNextFunction(fn)) {
		bool keep = take_keep_mark(fn);

		if (LLVMIsDeclaration(fn))
			continue;
		if (sections_is_program(LLVMGetSection(fn))) {
			entries++;
			continue;
		}
		if (!keep)
			make_internal(fn);
	}
	return entries;
}

static void internalize_globals(LLVMModuleRef mod)
{
	for (LLVMValueRef g = LLVMGetFirstGlobal(mod); g; g = LLVMGetNextGlobal(g)) {
		const char *name = LLVMGetValueName(g);

		if (LLVMIsDeclaration(g) || starts_with(name, "llvm."))
			continue;
		if (!loader_visible_data(LLVMGetSection(g)))
			make_internal(g);
	}
}

int stage_internalize(struct irbpf_ctx *ctx)
{
	if (!internalize_functions(ctx->module)) {
		diag_error("no program entry point: no function is placed in a program "
			   "section (e.g. SEC(\"xdp\") or #[link_section = \"xdp\"])");
		return -1;
	}
	internalize_globals(ctx->module);

	return passes_run(ctx->module, ctx->tm, "globaldce", "global DCE");
}
