// SPDX-License-Identifier: MIT
/*
 * BPF has no indirect calls. A call through a
 * function pointer (a Rust trait object or closure the optimiser could
 * not devirtualise, a C function pointer) would become "callx", which
 * the kernel refuses with "unknown opcode 8d". Report it here with its
 * source line instead. Helper calls by number (a constant address, as
 * in `((long (*)(void))5)()`) are direct calls for the backend.
 */
#include "llvm/demangle.h"
#include "stages/lower/check.h"

static bool is_direct(LLVMValueRef callee)
{
	if (LLVMIsAFunction(callee) || LLVMIsAInlineAsm(callee))
		return true;
	return LLVMIsAConstantExpr(callee) && LLVMGetConstOpcode(callee) == LLVMIntToPtr &&
	       LLVMIsAConstantInt(LLVMGetOperand(callee, 0));
}

static void report(LLVMValueRef fn, LLVMValueRef call)
{
	char loc[512], name[512];
	const char *shown = demangle(LLVMGetValueName(fn), name, sizeof(name));

	if (diag_inst_location(call, loc, sizeof(loc)))
		diag_error("indirect call in function '%s' (%s): BPF cannot call through a "
			   "function pointer or trait object; call the function directly",
			   shown, loc);
	else
		diag_error("indirect call in function '%s': BPF cannot call through a "
			   "function pointer or trait object; call the function directly",
			   shown);
}

unsigned check_indirect_calls(LLVMValueRef fn)
{
	for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
		for (LLVMValueRef in = LLVMGetFirstInstruction(bb); in;
		     in = LLVMGetNextInstruction(in)) {
			if (LLVMIsACallInst(in) && !is_direct(LLVMGetCalledValue(in))) {
				report(fn, in);
				return 1;
			}
		}
	return 0;
}
