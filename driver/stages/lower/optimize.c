// SPDX-License-Identifier: MIT
/*
 * Stage 6: the standard LLVM pipeline at the requested level, with the BPF
 * target machine so its own IR passes (CO-RE, peepholes) take part; or,
 * for bitcode that clang (or rustc) already put through that pipeline for
 * BPF, only what irbpf's own edits need: the runtime's always-inline
 * functions inlined and the functions they went into cleaned up. Running
 * default<O2> a second time costs a quarter of irbpf on a small program
 * and gains nothing (the BPF backend's IR passes run in codegen anyway).
 * Several inputs keep it: calls from one into another are only inlined
 * there (and the verifier may need them inlined).
 */
#include <stdio.h>
#include <string.h>

#include "llvm/passes.h"
#include "llvm/value_list.h"
#include "stages/input/input_kind.h"
#include "stages/stages.h"

#define CLEANUP_PIPELINE "instcombine,simplifycfg"

/* Why the program needs the -O pipeline, or NULL when its inputs already
 * had it. */
static const char *reoptimize_reason(const struct irbpf_ctx *ctx)
{
	if (ctx->opts->reoptimize)
		return "--reoptimize";
	if (ctx->opts->opt_level == 0)
		return "-O0";
	if (ctx->n_linked > 1)
		return "several modules, optimised each on its own";
	if (ctx->input_kinds & INPUT_HOST_TARGET)
		return "an input was compiled for another target";
	if (ctx->input_kinds & INPUT_UNOPTIMISED)
		return "an input was compiled without optimisation (optnone)";
	if (ctx->input_kinds & INPUT_UNKNOWN_PRODUCER)
		return "an input's producer is neither clang nor rustc";
	return NULL;
}

static int is_always_inline(LLVMValueRef fn)
{
	static const char name[] = "alwaysinline";
	unsigned kind = LLVMGetEnumAttributeKindForName(name, sizeof(name) - 1);

	return LLVMGetEnumAttributeAtIndex(fn, LLVMAttributeFunctionIndex, kind) != NULL;
}

/* The functions always-inline will inline into: callers of an
 * always-inline definition that are not inlined away themselves. */
static int inline_targets(LLVMModuleRef mod, struct value_list *set)
{
	for (LLVMValueRef fn = LLVMGetFirstFunction(mod); fn; fn = LLVMGetNextFunction(fn)) {
		if (LLVMIsDeclaration(fn) || !is_always_inline(fn))
			continue;
		for (LLVMUseRef use = LLVMGetFirstUse(fn); use; use = LLVMGetNextUse(use)) {
			LLVMValueRef user = LLVMGetUser(use), caller;

			if (!LLVMIsACallInst(user) || LLVMGetCalledValue(user) != fn)
				continue;
			caller = LLVMGetBasicBlockParent(LLVMGetInstructionParent(user));
			if (!is_always_inline(caller) && !value_list_has(set, caller) &&
			    value_list_add(set, caller))
				return -1;
		}
	}
	return 0;
}

static int inline_runtime(struct irbpf_ctx *ctx)
{
	struct value_list set = { 0 };
	int ret = 0;

	if (inline_targets(ctx->module, &set)) {
		value_list_free(&set);
		diag_error("out of memory");
		return -1;
	}
	if (set.n && !passes_on_function())	/* LLVM 19: clean up everywhere */
		ret = passes_run(ctx->module, ctx->tm, "always-inline,function("
				 CLEANUP_PIPELINE ")", "inlining the runtime");
	else if (set.n)
		ret = passes_run(ctx->module, ctx->tm, "always-inline", "inlining the runtime");
	for (size_t i = 0; !ret && passes_on_function() && i < set.n; i++)
		ret = passes_run_function(set.items[i], ctx->tm, CLEANUP_PIPELINE,
					  "cleaning up after inlining");
	if (ctx->opts->verbose && set.n)
		fprintf(stderr, "    (inputs already optimised for BPF: always-inline, then "
			"%s on the %zu function%s it inlined into; --reoptimize runs "
			"default<O%u>)\n", CLEANUP_PIPELINE, set.n, set.n == 1 ? "" : "s",
			ctx->opts->opt_level);
	else if (ctx->opts->verbose)
		fprintf(stderr, "    (inputs already optimised for BPF, nothing to inline: "
			"no pass run; --reoptimize runs default<O%u>)\n", ctx->opts->opt_level);
	value_list_free(&set);
	return ret;
}

int stage_optimize(struct irbpf_ctx *ctx)
{
	const char *why = reoptimize_reason(ctx);
	char pipeline[32];

	ctx->reoptimized = why != NULL;
	if (!why)
		return inline_runtime(ctx) || ctx->diag.errors ? -1 : 0;
	snprintf(pipeline, sizeof(pipeline), "default<O%u>", ctx->opts->opt_level);
	if (ctx->opts->verbose)
		fprintf(stderr, "    (%s: %s)\n", pipeline, why);
	if (passes_run(ctx->module, ctx->tm, pipeline, "optimisation"))
		return -1;
	return ctx->diag.errors ? -1 : 0;
}
