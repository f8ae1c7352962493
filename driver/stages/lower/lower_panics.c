// SPDX-License-Identifier: MIT
/*
 * After optimisation: calls of functions that never return (panics,
 * abort, failed assertions) that the optimiser could not prove dead. BPF
 * has no way to panic and the verifier rejects a program that can reach
 * such a call, so each is an error at the source location of the panic
 * site (an index not proven in bounds, an unwrap of None, ...); with
 * --allow-panics a warning (unless -Werror), and the calls are lowered to
 * `unreachable`.
 */
#include <stdio.h>
#include <string.h>

#include <llvm-c/DebugInfo.h>
#include "llvm/passes.h"

#include "llvm/demangle.h"
#include "llvm/value_list.h"
#include "stages/ir/resolve.h"
#include "stages/ir/rust.h"
#include "stages/stages.h"

static bool is_panic_call(LLVMValueRef inst)
{
	LLVMValueRef callee;

	if (!LLVMIsACallInst(inst))
		return false;
	callee = LLVMGetCalledValue(inst);
	return callee && LLVMIsAFunction(callee) && !LLVMGetIntrinsicID(callee) &&
	       resolve_is_noreturn(callee);
}

/* Panic calls in functions that themselves return: inside the panic
 * machinery (panic_fmt calling the handler, ...) they are no news. */
static int collect_sites(LLVMModuleRef mod, struct value_list *s)
{
	for (LLVMValueRef fn = LLVMGetFirstFunction(mod); fn; fn = LLVMGetNextFunction(fn)) {
		if (LLVMIsDeclaration(fn) || resolve_is_noreturn(fn))
			continue;
		for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb;
		     bb = LLVMGetNextBasicBlock(bb))
			for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i;
			     i = LLVMGetNextInstruction(i))
				if (is_panic_call(i) && value_list_add(s, i))
					return -1;
	}
	return 0;
}

/* Rust's own library, whose code is inlined into the program: the panic
 * site is the program's line that called into it. */
static bool in_rust_library(LLVMMetadataRef loc)
{
	LLVMMetadataRef scope = LLVMDILocationGetScope(loc);
	LLVMMetadataRef file = scope ? LLVMDIScopeGetFile(scope) : NULL;
	unsigned len = 0;
	const char *name;

	if (!file)
		return false;
	name = LLVMDIFileGetFilename(file, &len);
	if (name && len >= 7 && !strncmp(name, "/rustc/", 7))
		return true;
	name = LLVMDIFileGetDirectory(file, &len);
	return name && len >= 7 && !strncmp(name, "/rustc/", 7);
}

static bool format_loc(LLVMMetadataRef loc, char *buf, size_t size)
{
	LLVMMetadataRef scope = LLVMDILocationGetScope(loc);
	LLVMMetadataRef file = scope ? LLVMDIScopeGetFile(scope) : NULL;
	unsigned len = 0;
	const char *name = file ? LLVMDIFileGetFilename(file, &len) : NULL;

	if (!name || !len)
		return false;
	snprintf(buf, size, "%.*s:%u:%u", (int)len, name, LLVMDILocationGetLine(loc),
		 LLVMDILocationGetColumn(loc));
	return true;
}

/* The innermost location outside Rust's library along the inlining
 * chain, else the innermost one. */
static bool site_location(LLVMValueRef call, char *buf, size_t size)
{
	LLVMMetadataRef first = LLVMInstructionGetDebugLoc(call);

	for (LLVMMetadataRef loc = first; loc; loc = LLVMDILocationGetInlinedAt(loc))
		if (!in_rust_library(loc))
			return format_loc(loc, buf, size);
	return first && format_loc(first, buf, size);
}

static void report_site(struct irbpf_ctx *ctx, LLVMValueRef call, const char *prev)
{
	LLVMValueRef fn = LLVMGetBasicBlockParent(LLVMGetInstructionParent(call));
	char loc[512], callee[256], caller[256];
	void (*report)(const char *fmt, ...);
	bool allowed;

	if (!site_location(call, loc, sizeof(loc)))
		snprintf(loc, sizeof(loc), "no debug info: %s for the location",
			 rust_program(ctx) ? "build with debug info" :
			 "compile with -g");
	if (prev && !strcmp(prev, loc))
		return;
	demangle(LLVMGetValueName(LLVMGetCalledValue(call)), callee, sizeof(callee));
	demangle(LLVMGetValueName(fn), caller, sizeof(caller));
	allowed = ctx->opts->allow_panics;
	report = !allowed || ctx->opts->werror ? diag_error : diag_warning;
	report("possible panic in '%s' (%s): the call to '%s' was not optimised away, and "
	       "the verifier rejects a program that can reach it%s", caller, loc, callee,
	       !allowed ? " (--allow-panics writes the object anyway)" :
	       ctx->opts->werror ? " [-Werror]" : "");
	if (report == diag_error)
		ctx->diag.errors++;
	else
		ctx->diag.warnings++;
}

/* The frontends put `unreachable` right after a call that does not
 * return; the call itself goes. */
static void lower_site(LLVMValueRef call)
{
	LLVMValueRef next = LLVMGetNextInstruction(call);

	if (!next || !LLVMIsAUnreachableInst(next))
		return;
	if (LLVMGetFirstUse(call))
		LLVMReplaceAllUsesWith(call, LLVMGetPoison(LLVMTypeOf(call)));
	LLVMInstructionEraseFromParent(call);
}

/* What is left of an undefined never-returning function (calls inside
 * the panic machinery, or not followed by unreachable) gets a body that
 * is `unreachable`, inlined into its callers. */
static bool define_unreachable(LLVMModuleRef mod)
{
	LLVMContextRef llvm = LLVMGetModuleContext(mod);
	LLVMBuilderRef b = LLVMCreateBuilderInContext(llvm);
	unsigned inl = LLVMGetEnumAttributeKindForName("alwaysinline", 12);
	bool any = false;

	for (LLVMValueRef fn = LLVMGetFirstFunction(mod); fn; fn = LLVMGetNextFunction(fn)) {
		if (!LLVMIsDeclaration(fn) || LLVMGetIntrinsicID(fn) || !LLVMGetFirstUse(fn) ||
		    resolve_loader_resolved(fn) || !resolve_is_noreturn(fn))
			continue;
		LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(llvm, fn, "entry"));
		LLVMBuildUnreachable(b);
		LLVMSetLinkage(fn, LLVMInternalLinkage);
		LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
					LLVMCreateEnumAttribute(llvm, inl, 0));
		any = true;
	}
	LLVMDisposeBuilder(b);
	return any;
}

int stage_lower_panics(struct irbpf_ctx *ctx)
{
	struct value_list sites = { 0 };
	char prev[512] = "";

	if (collect_sites(ctx->module, &sites)) {
		value_list_free(&sites);
		diag_error("out of memory");
		return -1;
	}
	for (size_t i = 0; i < sites.n; i++) {
		report_site(ctx, sites.items[i], prev[0] ? prev : NULL);
		if (!site_location(sites.items[i], prev, sizeof(prev)))
			prev[0] = '\0';
		lower_site(sites.items[i]);
	}
	value_list_free(&sites);
	if (ctx->diag.errors)
		return -1;
	return define_unreachable(ctx->module) || sites.n ?
	       passes_run(ctx->module, ctx->tm, "always-inline,globaldce", "lowering panics") : 0;
}
