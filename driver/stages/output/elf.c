// SPDX-License-Identifier: MIT
/*
 * Post-processing of the object after codegen: loaders need .BTF and
 * .BTF.ext, not DWARF, so the .debug_* sections (with their relocations
 * and section symbols) go unless -g asks to keep them.
 */
#include <stdlib.h>
#include <string.h>

#include "stages/output/elf_rewrite.h"
#include "stages/stages.h"

static int is_dwarf(const char *name)
{
	return !strncmp(name, ".debug_", 7);
}

int stage_elf(struct irbpf_ctx *ctx)
{
	void *out;
	size_t size;

	if (ctx->opts->emit != IRBPF_EMIT_OBJ || ctx->opts->keep_debug)
		return 0;
	if (elf_drop_sections(LLVMGetBufferStart(ctx->result), LLVMGetBufferSize(ctx->result),
			      is_dwarf, &out, &size))
		return -1;
	LLVMDisposeMemoryBuffer(ctx->result);
	ctx->result = LLVMCreateMemoryBufferWithMemoryRangeCopy(out, size, "object");
	free(out);
	return 0;
}
