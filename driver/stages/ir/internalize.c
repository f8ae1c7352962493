// SPDX-License-Identifier: MIT
/*
 * Stage 5: only what loaders look at keeps external linkage: program entry
 * functions, maps, global data, license and version. Everything else
 * becomes internal so that global DCE removes what no program reaches.
 */
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
		if (LLVMIsDeclaration(fn))
			continue;
		if (sections_is_program(LLVMGetSection(fn))) {
			entries++;
			continue;
		}
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
