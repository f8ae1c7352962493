// SPDX-License-Identifier: MIT
/*
 * Stage: function types the BPF backend can put in BTF. Line-tables-only
 * debug info (rustc's debug = "line-tables-only", clang's
 * -gline-tables-only) gives every function the subroutine type
 * `!DISubroutineType(types: !{})`: not even a return type. LLVM 22's BTF
 * writer then emits the function's FUNC with a garbage type id, and the
 * kernel rejects the whole BTF ("Invalid type_id"). Such functions get
 * `void (void)`, which is what line tables claim to know about them.
 */
#include <llvm-c/DebugInfo.h>

#include "llvm/compat.h"
#include "stages/stages.h"

static LLVMMetadataRef md_operand_of_kind(LLVMContextRef llvm, LLVMMetadataRef node,
					  LLVMMetadataKind kind)
{
	LLVMValueRef v = LLVMMetadataAsValue(llvm, node);
	unsigned n = LLVMGetMDNodeNumOperands(v);
	LLVMValueRef ops[16];

	if (n > sizeof(ops) / sizeof(ops[0]))
		return NULL;
	LLVMGetMDNodeOperands(v, ops);
	for (unsigned i = 0; i < n; i++) {
		LLVMMetadataRef md = ops[i] ? LLVMValueAsMetadata(ops[i]) : NULL;

		if (md && LLVMGetMetadataKind(md) == kind)
			return md;
	}
	return NULL;
}

/* A subroutine type whose type array is missing or empty. */
static bool has_no_types(LLVMContextRef llvm, LLVMMetadataRef sp)
{
	LLVMMetadataRef type = md_operand_of_kind(llvm, sp, LLVMDISubroutineTypeMetadataKind);
	LLVMMetadataRef types;

	if (!type)
		return false;
	types = md_operand_of_kind(llvm, type, LLVMMDTupleMetadataKind);
	return !types || LLVMGetMDNodeNumOperands(LLVMMetadataAsValue(llvm, types)) == 0;
}

int stage_functypes(struct irbpf_ctx *ctx)
{
	LLVMDIBuilderRef dib = NULL;
	LLVMMetadataRef void_fn = NULL;

	for (LLVMValueRef fn = LLVMGetFirstFunction(ctx->module); fn; fn = LLVMGetNextFunction(fn)) {
		LLVMMetadataRef sp = LLVMGetSubprogram(fn);

		if (!sp || !has_no_types(ctx->llvm, sp))
			continue;
		if (!dib) {
			LLVMMetadataRef ret_void = NULL;

			dib = LLVMCreateDIBuilder(ctx->module);
			void_fn = LLVMDIBuilderCreateSubroutineType(dib, NULL, &ret_void, 1,
								    LLVMDIFlagZero);
		}
		compat_subprogram_replace_type(ctx->llvm, sp, void_fn);
	}
	if (dib) {
		LLVMDIBuilderFinalize(dib);
		LLVMDisposeDIBuilder(dib);
	}
	return 0;
}
