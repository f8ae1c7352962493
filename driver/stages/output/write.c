// SPDX-License-Identifier: MIT
/* Stage 8: put the result (and its depfile) in place, unless anything failed. */
#include "stages/output/write_output.h"
#include "stages/stages.h"

int stage_write(struct irbpf_ctx *ctx)
{
	struct output_item items[OUTPUT_MAX_ITEMS];
	size_t n = 0;

	if (ctx->opts->werror && ctx->diag.warnings) {
		diag_error("%u warning%s treated as error%s (-Werror)", ctx->diag.warnings,
			   ctx->diag.warnings == 1 ? "" : "s",
			   ctx->diag.warnings == 1 ? "" : "s");
		return -1;
	}
	/* The object last: make takes its presence for "built". */
	if (ctx->depfile_text)
		items[n++] = (struct output_item){ ctx->depfile_path, ctx->depfile_text,
						   ctx->depfile_size };
	items[n++] = (struct output_item){ ctx->opts->output, LLVMGetBufferStart(ctx->result),
					   LLVMGetBufferSize(ctx->result) };
	return output_write(items, n);
}
