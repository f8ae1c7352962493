// SPDX-License-Identifier: MIT
/*
 * Calls whose type differs from the definition they call: a variadic call
 * of bpf_trace_printk(fmt, size, ...), which the runtime defines with all
 * five argument registers, or a frontend's own idea of a prototype. Each
 * becomes a call with the definition's own type, arguments converted and
 * missing ones zero, so that it is inlined like any other call.
 */
#include "llvm/call_adapt.h"

#include <stdbool.h>

#include <llvm-c/DebugInfo.h>

static bool convertible(LLVMTypeRef from, LLVMTypeRef to)
{
	LLVMTypeKind f = LLVMGetTypeKind(from), t = LLVMGetTypeKind(to);

	if (from == to)
		return true;
	return (f == LLVMIntegerTypeKind || f == LLVMPointerTypeKind) &&
	       (t == LLVMIntegerTypeKind || t == LLVMPointerTypeKind);
}

static LLVMValueRef convert(LLVMBuilderRef b, LLVMValueRef v, LLVMTypeRef to)
{
	LLVMTypeRef from = LLVMTypeOf(v);

	if (from == to)
		return v;
	if (LLVMGetTypeKind(from) == LLVMPointerTypeKind)
		return LLVMGetTypeKind(to) == LLVMPointerTypeKind ?
		       LLVMBuildPointerCast(b, v, to, "") : LLVMBuildPtrToInt(b, v, to, "");
	if (LLVMGetTypeKind(to) == LLVMPointerTypeKind)
		return LLVMBuildIntToPtr(b, v, to, "");
	return LLVMGetIntTypeWidth(from) < LLVMGetIntTypeWidth(to) ?
	       LLVMBuildZExt(b, v, to, "") : LLVMBuildTrunc(b, v, to, "");
}

static void adapt_call(LLVMBuilderRef b, LLVMValueRef call, LLVMValueRef fn)
{
	LLVMTypeRef fnty = LLVMGlobalGetValueType(fn);
	LLVMTypeRef callty = LLVMGetCalledFunctionType(call);
	unsigned nparams = LLVMCountParamTypes(fnty), nargs = LLVMGetNumArgOperands(call);
	LLVMTypeRef params[8], ret = LLVMGetReturnType(fnty);
	LLVMValueRef args[8], repl;

	if (callty == fnty || nargs > nparams || nparams > 8)
		return;
	LLVMGetParamTypes(fnty, params);
	for (unsigned i = 0; i < nargs; i++)
		if (!convertible(LLVMTypeOf(LLVMGetOperand(call, i)), params[i]))
			return;
	if (LLVMGetFirstUse(call) && !convertible(ret, LLVMGetReturnType(callty)))
		return;

	LLVMPositionBuilderBefore(b, call);
	for (unsigned i = 0; i < nparams; i++)
		args[i] = i < nargs ? convert(b, LLVMGetOperand(call, i), params[i]) :
				      LLVMConstNull(params[i]);
	repl = LLVMBuildCall2(b, fnty, fn, args, nparams, "");
	LLVMInstructionSetDebugLoc(repl, LLVMInstructionGetDebugLoc(call));
	if (LLVMGetFirstUse(call))
		LLVMReplaceAllUsesWith(call, convert(b, repl, LLVMGetReturnType(callty)));
	LLVMInstructionEraseFromParent(call);
}

void call_adapt_all(LLVMModuleRef mod, LLVMValueRef fn)
{
	LLVMBuilderRef b = LLVMCreateBuilderInContext(LLVMGetModuleContext(mod));
	LLVMUseRef use = LLVMGetFirstUse(fn);

	while (use) {
		LLVMValueRef user = LLVMGetUser(use);

		use = LLVMGetNextUse(use);	/* the user may go away */
		if (LLVMIsACallInst(user) && LLVMGetCalledValue(user) == fn)
			adapt_call(b, user, fn);
	}
	LLVMDisposeBuilder(b);
}
