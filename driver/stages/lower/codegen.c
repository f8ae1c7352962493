// SPDX-License-Identifier: MIT
/* Stage 7: lower the module with the BPF backend, or serialise the IR when
 * --emit asks for it. The result stays in memory for the write stage. */
#include <string.h>

#include <llvm-c/BitWriter.h>

#include "llvm/irverify.h"
#include "stages/lower/codegen_nodwarf.h"
#include "stages/stages.h"

static int emit_machine_code(struct irbpf_ctx *ctx, LLVMCodeGenFileType kind)
{
	char *msg = NULL;

	if (LLVMTargetMachineEmitToMemoryBuffer(ctx->tm, ctx->module, kind, &msg,
						&ctx->result)) {
		if (!ctx->diag.errors)
			diag_error("code generation failed: %s", msg ? msg : "unknown error");
		LLVMDisposeMessage(msg);
		ctx->result = NULL;
		return -1;
	}
	/* Backend errors arrive through the diagnostic handler and do not
	 * stop code generation: a module with one has no usable output. */
	if (ctx->diag.errors) {
		LLVMDisposeMemoryBuffer(ctx->result);
		ctx->result = NULL;
		return -1;
	}
	return 0;
}

static int emit_ir_text(struct irbpf_ctx *ctx)
{
	char *text = LLVMPrintModuleToString(ctx->module);

	ctx->result = LLVMCreateMemoryBufferWithMemoryRangeCopy(text, strlen(text),
								 "llvm-ir");
	LLVMDisposeMessage(text);
	return 0;
}

/*
 * Inputs are verified as they are read. What irbpf's stages and LLVM's
 * passes made of them is verified only on request (IRBPF_VERIFY_IR=1, as
 * the test suite runs): a full verification of a CO-RE program's debug
 * info costs about as much as its code generation.
 */
int stage_codegen(struct irbpf_ctx *ctx)
{
	if (ctx->opts->verify_ir &&
	    irverify_module(ctx->module, "invalid IR before code generation"))
		return -1;
	switch (ctx->opts->emit) {
	case IRBPF_EMIT_LLVM_IR:
		return emit_ir_text(ctx);
	case IRBPF_EMIT_LLVM_BC:
		ctx->result = LLVMWriteBitcodeToMemoryBuffer(ctx->module);
		return 0;
	case IRBPF_EMIT_ASM:
		return emit_machine_code(ctx, LLVMAssemblyFile);
	case IRBPF_EMIT_OBJ:
	default:
		if (!ctx->opts->keep_debug)
			codegen_skip_dwarf(ctx->module);	/* the elf stage drops it */
		return emit_machine_code(ctx, LLVMObjectFile);
	}
}
