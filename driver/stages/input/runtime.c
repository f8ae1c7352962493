// SPDX-License-Identifier: MIT
/*
 * The runtime: bitcode linked into every program, defining each BPF helper
 * under its libbpf name and the mem* functions. Its functions are linked
 * as linkonce_odr, so that only what the program references is pulled in
 * and a definition of the program's own always wins.
 */
#include "stages/input/runtime.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <llvm-c/BitReader.h>
#include <llvm-c/DebugInfo.h>
#include <llvm-c/Linker.h>

#include "io/input_file.h"
#include "llvm/call_adapt.h"
#include "stages/input/producers.h"
#include "stages/ir/retarget.h"
#include "stages/stages.h"

struct name_list {
	char **names;
	size_t n;
};

/* Runtime functions carry debug info only into programs that have it:
 * libbpf refuses a program whose subprograms lack the BTF function info
 * its main program has, and inlined code must not bring locations into
 * functions without any. */
enum debug_info {
	DEBUG_KEEP,		/* the program's functions have debug info */
	DEBUG_STRIP_PROGRAM,	/* the program has none at all: strip after linking */
	DEBUG_STRIP_RUNTIME,	/* only its globals have some: strip the runtime */
};

static enum debug_info runtime_debug_info(LLVMModuleRef mod)
{
	for (LLVMValueRef fn = LLVMGetFirstFunction(mod); fn; fn = LLVMGetNextFunction(fn))
		if (!LLVMIsDeclaration(fn) && LLVMGetSubprogram(fn))
			return DEBUG_KEEP;
	return LLVMGetNamedMetadataNumOperands(mod, "llvm.dbg.cu") ?
	       DEBUG_STRIP_RUNTIME : DEBUG_STRIP_PROGRAM;
}

/*
 * Lazily, so that only the functions the program uses are ever read,
 * unless the runtime's debug info is to be stripped before linking: that
 * needs every function.
 */
static LLVMModuleRef runtime_read(struct irbpf_ctx *ctx, const char *path, bool lazy)
{
	LLVMMemoryBufferRef buf;
	LLVMModuleRef rt = NULL;
	struct input_file in;
	const char *why;
	LLVMBool failed;

	if (input_file_read(path, NULL, &in, &why)) {
		diag_error("cannot read runtime '%s': %s", path, why);
		return NULL;
	}
	buf = LLVMCreateMemoryBufferWithMemoryRangeCopy(in.data, in.size, path);
	input_file_free(&in);
	if (!buf) {
		diag_error("out of memory");
		return NULL;
	}
	/* An LLVM chosen with --llvm may be older than the runtime's. */
	if (producers_check_readable(path, (const uint8_t *)LLVMGetBufferStart(buf),
				     LLVMGetBufferSize(buf))) {
		diag_note("use an LLVM >= the runtime's, or --runtime with one built by "
			  "this LLVM's clang");
		LLVMDisposeMemoryBuffer(buf);
		return NULL;
	}
	ctx->diag.input = path;
	/* A lazy module owns its buffer once it is created. */
	failed = lazy ? LLVMGetBitcodeModuleInContext2(ctx->llvm, buf, &rt) :
			LLVMParseBitcodeInContext2(ctx->llvm, buf, &rt);
	if (failed) {
		if (!ctx->diag.errors)
			diag_error("%s: invalid runtime bitcode", path);
		rt = NULL;
	}
	ctx->diag.input = NULL;
	if (!lazy || failed)
		LLVMDisposeMemoryBuffer(buf);
	return rt;
}

static void names_free(struct name_list *list)
{
	for (size_t i = 0; i < list->n; i++)
		free(list->names[i]);
	free(list->names);
	list->names = NULL;
	list->n = 0;
}

/* Makes every definition linkonce_odr and records its name. */
static int runtime_prepare(LLVMModuleRef rt, struct name_list *list)
{
	size_t cap = 0;

	for (LLVMValueRef fn = LLVMGetFirstFunction(rt); fn; fn = LLVMGetNextFunction(fn)) {
		if (LLVMIsDeclaration(fn))
			continue;
		LLVMSetLinkage(fn, LLVMLinkOnceODRLinkage);
		if (list->n == cap) {
			char **grown;

			cap = cap ? 2 * cap : 256;
			grown = realloc(list->names, cap * sizeof(*grown));
			if (!grown)
				return -1;
			list->names = grown;
		}
		list->names[list->n] = strdup(LLVMGetValueName(fn));
		if (!list->names[list->n])
			return -1;
		list->n++;
	}
	return 0;
}

/* The runtime's functions the program now has (its own definitions of
 * the same names are not linkonce_odr and stay as they are). */
static int adopt_linked(LLVMModuleRef mod, const struct name_list *list, bool internal)
{
	int linked = 0;

	for (size_t i = 0; i < list->n; i++) {
		LLVMValueRef fn = LLVMGetNamedFunction(mod, list->names[i]);

		if (!fn || LLVMIsDeclaration(fn) ||
		    LLVMGetLinkage(fn) != LLVMLinkOnceODRLinkage)
			continue;
		call_adapt_all(mod, fn);
		if (internal)
			LLVMSetLinkage(fn, LLVMInternalLinkage);
		linked++;
	}
	return linked;
}

/* Whether the program uses, without defining it, a function the runtime
 * defines. */
static bool program_needs(LLVMModuleRef mod, const struct name_list *list)
{
	for (size_t i = 0; i < list->n; i++) {
		LLVMValueRef fn = LLVMGetNamedFunction(mod, list->names[i]);

		if (fn && LLVMIsDeclaration(fn) && LLVMGetFirstUse(fn))
			return true;
	}
	return false;
}

/* Whether the program calls any function it does not define (besides
 * intrinsics): if not, the runtime has nothing for it and is not read. */
static bool calls_undefined(LLVMModuleRef mod)
{
	for (LLVMValueRef fn = LLVMGetFirstFunction(mod); fn; fn = LLVMGetNextFunction(fn))
		if (LLVMIsDeclaration(fn) && !LLVMGetIntrinsicID(fn) && LLVMGetFirstUse(fn))
			return true;
	return false;
}

/* The runtime, read and prepared for linking, or NULL with @list empty
 * when the program needs nothing from it (then nothing of it, not even
 * its debug info compile unit, may reach the program). */
static int runtime_load(struct irbpf_ctx *ctx, const char *path, enum debug_info debug,
			struct name_list *list, LLVMModuleRef *out)
{
	LLVMModuleRef rt = runtime_read(ctx, path, true);

	*out = NULL;
	if (!rt)
		return -1;
	if (runtime_prepare(rt, list))
		goto oom;
	if (!program_needs(ctx->module, list)) {
		LLVMDisposeModule(rt);
		names_free(list);
		return 0;
	}
	if (debug == DEBUG_STRIP_RUNTIME) {
		LLVMDisposeModule(rt);
		names_free(list);
		rt = runtime_read(ctx, path, false);
		if (!rt)
			return -1;
		if (runtime_prepare(rt, list))
			goto oom;
		LLVMStripModuleDebugInfo(rt);
	}
	retarget_set_target(rt, ctx->tm);
	*out = rt;
	return 0;
oom:
	diag_error("out of memory");
	LLVMDisposeModule(rt);
	names_free(list);
	return -1;
}

int runtime_link(struct irbpf_ctx *ctx, bool internal)
{
	enum debug_info debug = runtime_debug_info(ctx->module);
	struct name_list names = { 0 };
	char path[PATH_MAX];
	LLVMModuleRef rt;
	int ret = 0;

	if (runtime_locate(ctx->opts, path, sizeof(path)))
		return -1;
	if (!calls_undefined(ctx->module))
		rt = NULL;
	else if (runtime_load(ctx, path, debug, &names, &rt))
		return -1;
	if (rt) {
		ctx->diag.input = path;
		/* The runtime module is consumed whether or not linking fails. */
		ret = LLVMLinkModules2(ctx->module, rt) || ctx->diag.errors ? -1 : 0;
		ctx->diag.input = NULL;
		if (!ret && debug == DEBUG_STRIP_PROGRAM)
			LLVMStripModuleDebugInfo(ctx->module);
		if (!ret)
			ret = adopt_linked(ctx->module, &names, internal);
		names_free(&names);
	}
	if (ret >= 0 && ctx->opts->verbose)
		fprintf(stderr, "    (runtime %s: %d function%s used)\n", path, ret,
			ret == 1 ? "" : "s");
	return ret;
}

int stage_runtime(struct irbpf_ctx *ctx)
{
	if (ctx->opts->no_runtime)
		return 0;
	return runtime_link(ctx, false) < 0 ? -1 : 0;
}
