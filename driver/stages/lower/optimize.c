// SPDX-License-Identifier: MIT
/* Stage 6: the standard LLVM pipeline at the requested level, with the BPF
 * target machine so its own IR passes (CO-RE, peepholes) take part. */
#include <stdio.h>

#include "llvm/passes.h"
#include "stages/stages.h"

int stage_optimize(struct irbpf_ctx *ctx)
{
	char pipeline[32];

	snprintf(pipeline, sizeof(pipeline), "default<O%u>", ctx->opts->opt_level);
	if (passes_run(ctx->module, ctx->tm, pipeline, "optimisation"))
		return -1;
	return ctx->diag.errors ? -1 : 0;
}
