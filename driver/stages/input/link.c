// SPDX-License-Identifier: MIT
/*
 * Stage 2: link the modules read into one program module: every input
 * file's module, then the archive members the program needs (see
 * link_members.h).
 */
#include <stdlib.h>

#include <llvm-c/Linker.h>

#include "stages/input/input_kind.h"
#include "stages/input/link_dups.h"
#include "stages/input/link_members.h"
#include "stages/ir/internalize.h"
#include "stages/ir/retarget.h"
#include "stages/stages.h"

/* Links @in into the program (the first becomes it); consumes its module. */
static int link_one(struct irbpf_ctx *ctx, struct irbpf_input *in)
{
	LLVMModuleRef src = in->module;
	int ret = 0;

	in->module = NULL;
	in->linked = true;
	ctx->input_kinds |= in->kind;
	ctx->n_linked++;
	if (!ctx->module) {
		ctx->module = src;
		return 0;
	}
	if (link_check_duplicates(ctx->module, src, in->name)) {
		LLVMDisposeModule(src);
		return -1;
	}
	ctx->diag.input = in->name;
	/* The source module is consumed whether or not linking fails. */
	if (LLVMLinkModules2(ctx->module, src) || ctx->diag.errors)
		ret = -1;
	ctx->diag.input = NULL;
	return ret;
}

static int link_files(struct irbpf_ctx *ctx)
{
	for (size_t i = 0; i < ctx->n_inputs; i++)
		if (!ctx->inputs[i].member && link_one(ctx, &ctx->inputs[i]))
			return -1;
	return 0;
}

/* With archives only, the members defining programs, maps or the licence
 * are what the program starts from. */
static int link_roots(struct irbpf_ctx *ctx)
{
	for (size_t i = 0; i < ctx->n_inputs; i++) {
		struct irbpf_input *in = &ctx->inputs[i];

		if (!in->module || !link_member_is_root(in->module))
			continue;
		if (ctx->opts->verbose)
			diag_note("%s: linked: defines a program, a map or the licence",
				  in->name);
		if (link_one(ctx, in))
			return -1;
	}
	if (!ctx->module) {
		diag_error("no archive member defines a program entry point, a map or a "
			   "licence: nothing to start the program from");
		return -1;
	}
	return 0;
}

/* One pass over the members not linked yet; *linked counts those it links. */
static int link_needed_pass(struct irbpf_ctx *ctx, unsigned *linked)
{
	for (size_t i = 0; i < ctx->n_inputs; i++) {
		struct irbpf_input *in = &ctx->inputs[i];
		const char *sym;

		if (!in->module)
			continue;
		sym = link_member_needed_for(ctx->module, in->module);
		if (!sym)
			continue;
		if (ctx->opts->verbose)
			diag_note("%s: linked: defines '%s'", in->name, sym);
		if (link_one(ctx, in))
			return -1;
		(*linked)++;
	}
	return 0;
}

/* Until no member defines a symbol the program still lacks. */
static int link_needed_members(struct irbpf_ctx *ctx)
{
	unsigned linked;

	do {
		linked = 0;
		if (link_needed_pass(ctx, &linked))
			return -1;
	} while (linked);
	return 0;
}

/* @linked: the program is complete; say which members it left out. The
 * names stay for -v's llvm-link line. */
static void free_unlinked(struct irbpf_ctx *ctx, bool linked)
{
	for (size_t i = 0; i < ctx->n_inputs; i++) {
		struct irbpf_input *in = &ctx->inputs[i];

		if (!in->module)
			continue;
		if (ctx->opts->verbose && in->member && linked)
			diag_note("%s: not needed, left out", in->name);
		LLVMDisposeModule(in->module);
		in->module = NULL;
	}
}

int stage_link(struct irbpf_ctx *ctx)
{
	int ret;

	/* Same triple and layout everywhere, so host-target and BPF-target
	 * inputs link without mismatch warnings. */
	for (size_t i = 0; i < ctx->n_inputs; i++) {
		retarget_set_target(ctx->inputs[i].module, ctx->tm);
		internalize_mark_globals(ctx->inputs[i].module, ctx->opts->internalize,
					 !(ctx->inputs[i].kind & INPUT_NOT_CLANG));
	}

	ret = link_files(ctx);
	if (!ret && !ctx->module)
		ret = link_roots(ctx);
	if (!ret)
		ret = link_needed_members(ctx);
	free_unlinked(ctx, !ret);
	ctx->diag.module = ctx->module;
	return ret;
}
