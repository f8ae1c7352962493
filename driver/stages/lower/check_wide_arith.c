// SPDX-License-Identifier: MIT
/*
 * 128-bit multiplication, division and remainder (Rust's u128/i128, C's
 * __int128) become calls of compiler-rt's __multi3/__udivti3/... on BPF,
 * which has no such library: the backend then fails with "A call to
 * built-in function '__multi3' is not supported" and follow-up errors.
 * Name the operation and its source line instead. 128-bit adds, shifts
 * and compares lower to 64-bit instructions and are fine.
 */
#include "llvm/demangle.h"
#include "stages/lower/check.h"

static const char *wide_op_name(LLVMValueRef in)
{
	LLVMTypeRef ty = LLVMTypeOf(in);

	if (LLVMGetTypeKind(ty) != LLVMIntegerTypeKind || LLVMGetIntTypeWidth(ty) <= 64)
		return NULL;
	switch (LLVMGetInstructionOpcode(in)) {
	case LLVMMul: return "multiplication";
	case LLVMUDiv: case LLVMSDiv: return "division";
	case LLVMURem: case LLVMSRem: return "remainder";
	default: return NULL;
	}
}

static void report(LLVMValueRef fn, LLVMValueRef in, const char *op)
{
	char loc[512], name[512];
	const char *shown = demangle(LLVMGetValueName(fn), name, sizeof(name));
	unsigned bits = LLVMGetIntTypeWidth(LLVMTypeOf(in));

	if (diag_inst_location(in, loc, sizeof(loc)))
		diag_error("%u-bit %s in function '%s' (%s): BPF has no %u-bit %s; use 64-bit "
			   "operands", bits, op, shown, loc, bits, op);
	else
		diag_error("%u-bit %s in function '%s': BPF has no %u-bit %s; use 64-bit operands",
			   bits, op, shown, bits, op);
}

unsigned check_wide_arith(LLVMValueRef fn)
{
	for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
		for (LLVMValueRef in = LLVMGetFirstInstruction(bb); in;
		     in = LLVMGetNextInstruction(in)) {
			const char *op = wide_op_name(in);

			if (op) {
				report(fn, in, op);
				return 1;
			}
		}
	return 0;
}
