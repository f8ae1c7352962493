// SPDX-License-Identifier: MIT
/*
 * The kernel refuses recursion between BPF functions ("recursive call"),
 * but the backend compiles it. Report the first call that closes a cycle
 * in the call graph the optimiser left, with its source line.
 */
#include "llvm/demangle.h"
#include "llvm/value_list.h"
#include "stages/lower/check.h"

static LLVMValueRef defined_callee(LLVMValueRef in)
{
	LLVMValueRef callee;

	if (!LLVMIsACallInst(in))
		return NULL;
	callee = LLVMGetCalledValue(in);
	return LLVMIsAFunction(callee) && !LLVMIsDeclaration(callee) ? callee : NULL;
}

/* Whether @target can be reached from @from through calls; @seen holds the
 * functions already explored, so each is walked once. */
static int reaches(LLVMValueRef from, LLVMValueRef target, struct value_list *seen)
{
	if (from == target)
		return 1;
	if (value_list_has(seen, from))
		return 0;
	if (value_list_add(seen, from))
		return -1;
	for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(from); bb; bb = LLVMGetNextBasicBlock(bb))
		for (LLVMValueRef in = LLVMGetFirstInstruction(bb); in;
		     in = LLVMGetNextInstruction(in)) {
			LLVMValueRef callee = defined_callee(in);
			int r = callee ? reaches(callee, target, seen) : 0;

			if (r)
				return r;
		}
	return 0;
}

static void report(LLVMValueRef fn, LLVMValueRef call, LLVMValueRef callee)
{
	char where[600], name[512], callee_name[512];

	diag_where(fn, call, where, sizeof(where));
	diag_error("recursive call of '%s' in function '%s'%s: the kernel refuses "
		   "recursion in BPF programs; rewrite it as a loop with a fixed bound",
		   demangle(LLVMGetValueName(callee), callee_name, sizeof(callee_name)),
		   demangle(LLVMGetValueName(fn), name, sizeof(name)), where);
}

static int check_function(LLVMValueRef fn, struct value_list *seen)
{
	for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
		for (LLVMValueRef in = LLVMGetFirstInstruction(bb); in;
		     in = LLVMGetNextInstruction(in)) {
			LLVMValueRef callee = defined_callee(in);
			int r;

			if (!callee)
				continue;
			seen->n = 0;
			r = reaches(callee, fn, seen);
			if (r < 0) {
				diag_error("out of memory");
				return 1;
			}
			if (r) {
				report(fn, in, callee);
				return 1;
			}
		}
	return 0;
}

unsigned check_recursion(LLVMModuleRef mod)
{
	struct value_list seen = { 0 };
	unsigned errors = 0;

	for (LLVMValueRef fn = LLVMGetFirstFunction(mod); fn && !errors; fn = LLVMGetNextFunction(fn))
		if (!LLVMIsDeclaration(fn))
			errors = (unsigned)check_function(fn, &seen);
	value_list_free(&seen);
	return errors;
}
