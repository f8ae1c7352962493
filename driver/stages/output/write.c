// SPDX-License-Identifier: MIT
/* Stage 8: put the result in place, atomically, unless anything failed. */
#include "stages/output/write_output.h"
#include "stages/stages.h"

int stage_write(struct irbpf_ctx *ctx)
{
	if (ctx->opts->werror && ctx->diag.warnings) {
		diag_error("%u warning%s treated as error%s (-Werror)", ctx->diag.warnings,
			   ctx->diag.warnings == 1 ? "" : "s",
			   ctx->diag.warnings == 1 ? "" : "s");
		return -1;
	}
	return output_write_atomic(ctx->opts->output, LLVMGetBufferStart(ctx->result),
				   LLVMGetBufferSize(ctx->result));
}
