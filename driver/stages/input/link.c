// SPDX-License-Identifier: MIT
/* Stage 2: link all input modules into one program module. */
#include <stdlib.h>

#include <llvm-c/Linker.h>

#include "stages/input/link_dups.h"
#include "stages/ir/internalize.h"
#include "stages/ir/retarget.h"
#include "stages/stages.h"

int stage_link(struct irbpf_ctx *ctx)
{
	const struct irbpf_options *opts = ctx->opts;
	int ret = 0;

	/* Same triple and layout everywhere, so host-target and BPF-target
	 * inputs link without mismatch warnings. */
	for (size_t i = 0; i < ctx->n_inputs; i++) {
		retarget_set_target(ctx->inputs[i], ctx->tm);
		internalize_mark_globals(ctx->inputs[i], opts->internalize);
	}

	ctx->module = ctx->inputs[0];
	ctx->inputs[0] = NULL;
	for (size_t i = 1; i < ctx->n_inputs; i++) {
		LLVMModuleRef src = ctx->inputs[i];

		ctx->inputs[i] = NULL;
		if (ret)
			continue;
		if (link_check_duplicates(ctx->module, src, opts->inputs[i])) {
			LLVMDisposeModule(src);
			ret = -1;
			continue;
		}
		ctx->diag.input = opts->inputs[i];
		/* The source module is consumed whether or not linking fails. */
		if (LLVMLinkModules2(ctx->module, src) || ctx->diag.errors)
			ret = -1;
		ctx->diag.input = NULL;
	}
	free(ctx->inputs);
	ctx->inputs = NULL;
	ctx->n_inputs = 0;
	ctx->diag.module = ctx->module;
	return ret;
}
