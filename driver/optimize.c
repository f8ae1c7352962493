// SPDX-License-Identifier: MIT
/* Stage 6: the standard LLVM pipeline at the requested level, with the BPF
 * target machine so its own IR passes (CO-RE, peepholes) take part. */
#include <stdio.h>

#include <llvm-c/Transforms/PassBuilder.h>

#include "stages.h"

int stage_optimize(struct irbpf_ctx *ctx)
{
	LLVMPassBuilderOptionsRef pbo;
	LLVMErrorRef err;
	char pipeline[32];

	snprintf(pipeline, sizeof(pipeline), "default<O%u>", ctx->opts->opt_level);
	pbo = LLVMCreatePassBuilderOptions();
	err = LLVMRunPasses(ctx->module, pipeline, ctx->tm, pbo);
	LLVMDisposePassBuilderOptions(pbo);
	if (err) {
		char *msg = LLVMGetErrorMessage(err);
		diag_error("optimisation failed: %s", msg);
		LLVMDisposeErrorMessage(msg);
		return -1;
	}
	return ctx->diag.errors ? -1 : 0;
}
