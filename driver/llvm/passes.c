// SPDX-License-Identifier: MIT
#include "llvm/passes.h"

#include <llvm-c/Error.h>
#include <llvm-c/Transforms/PassBuilder.h>

int passes_run(struct irbpf_ctx *ctx, const char *pipeline, const char *what)
{
	LLVMPassBuilderOptionsRef pbo = LLVMCreatePassBuilderOptions();
	LLVMErrorRef err = LLVMRunPasses(ctx->module, pipeline, ctx->tm, pbo);

	LLVMDisposePassBuilderOptions(pbo);
	if (err) {
		char *msg = LLVMGetErrorMessage(err);

		diag_error("%s failed: %s", what, msg);
		LLVMDisposeErrorMessage(msg);
		return -1;
	}
	return 0;
}
