// SPDX-License-Identifier: MIT
/*
 * Constructs the BPF backend or the kernel cannot handle, which would
 * otherwise end in an LLVM internal error ("Cannot select"), a backend
 * message without a hint, or a load-time refusal: report them with the
 * source line and what to change instead.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "llvm/demangle.h"
#include "stages/lower/helper_ids.h"
#include "stages/lower/check.h"

static const char *shown_name(LLVMValueRef fn, char *buf, size_t size)
{
	return demangle(LLVMGetValueName(fn), buf, size);
}

static unsigned check_variadic(LLVMValueRef fn)
{
	char where[600], name[512];

	if (!LLVMIsFunctionVarArg(LLVMGlobalGetValueType(fn)))
		return 0;
	diag_where(fn, NULL, where, sizeof(where));
	diag_error("variadic function '%s'%s: BPF has no variable argument lists; "
		   "give it fixed parameters", shown_name(fn, name, sizeof(name)), where);
	return 1;
}

static int has_byval(LLVMValueRef call)
{
	unsigned byval = LLVMGetEnumAttributeKindForName("byval", 5);
	unsigned n = LLVMGetNumArgOperands(call);

	for (unsigned i = 1; i <= n; i++)
		if (LLVMGetCallSiteEnumAttribute(call, i, byval))
			return 1;
	return 0;
}

static void report_byval(LLVMValueRef fn, LLVMValueRef call, LLVMValueRef callee)
{
	char where[600], name[512], callee_name[512];

	diag_where(fn, call, where, sizeof(where));
	diag_error("'%s' passes a struct by value to '%s'%s: BPF calls cannot; pass a "
		   "pointer to it, or make '%s' static inline",
		   shown_name(fn, name, sizeof(name)),
		   shown_name(callee, callee_name, sizeof(callee_name)), where,
		   callee_name);
}

static void report_helper(LLVMValueRef fn, LLVMValueRef call, unsigned long long id)
{
	char where[600], name[512];

	diag_where(fn, call, where, sizeof(where));
	diag_error("call of unknown BPF helper %llu in function '%s'%s: the kernel's "
		   "helpers are numbered 1 to %llu (see <linux/bpf.h>)", id,
		   shown_name(fn, name, sizeof(name)), where, helper_count() - 1);
}

/* One error per function: the first call it cannot make. */
static unsigned check_calls(LLVMValueRef fn)
{
	for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
		for (LLVMValueRef in = LLVMGetFirstInstruction(bb); in;
		     in = LLVMGetNextInstruction(in)) {
			LLVMValueRef callee;
			unsigned long long id;

			if (!LLVMIsACallInst(in))
				continue;
			callee = LLVMGetCalledValue(in);
			if (LLVMIsAFunction(callee) && !LLVMIsDeclaration(callee) &&
			    has_byval(in)) {
				report_byval(fn, in, callee);
				return 1;
			}
			id = helper_call_id(in);
			if (id && !helper_name(id)) {
				report_helper(fn, in, id);
				return 1;
			}
		}
	return 0;
}

unsigned check_unsupported(LLVMValueRef fn)
{
	unsigned errors = check_variadic(fn);

	return errors ? errors : check_calls(fn);
}

unsigned check_thread_locals(LLVMModuleRef mod)
{
	char where[600], name[512];
	unsigned errors = 0;

	for (LLVMValueRef g = LLVMGetFirstGlobal(mod); g; g = LLVMGetNextGlobal(g)) {
		if (!LLVMIsThreadLocal(g))
			continue;
		diag_where(g, NULL, where, sizeof(where));
		diag_error("thread-local variable '%s'%s: BPF has no thread-local storage; "
			   "use a per-CPU array map", shown_name(g, name, sizeof(name)), where);
		errors++;
	}
	return errors;
}

static int is_bpf_triple(const char *triple)
{
	return !strncmp(triple, "bpf", 3);
}

/* Inline assembly with instructions in it (an empty asm is a barrier). */
static int has_code(LLVMValueRef call)
{
	LLVMValueRef callee = LLVMGetCalledValue(call);
	size_t len = 0;
	const char *text;

	if (!LLVMIsAInlineAsm(callee))
		return 0;
	text = LLVMGetInlineAsmAsmString(callee, &len);
	for (size_t i = 0; i < len; i++)
		if (!isspace((unsigned char)text[i]))
			return 1;
	return 0;
}

int check_host_asm(LLVMModuleRef mod, const char *path)
{
	const char *triple = LLVMGetTarget(mod);
	char where[600], name[512];

	if (!triple[0] || is_bpf_triple(triple))
		return 0;
	for (LLVMValueRef fn = LLVMGetFirstFunction(mod); fn; fn = LLVMGetNextFunction(fn))
		for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb;
		     bb = LLVMGetNextBasicBlock(bb))
			for (LLVMValueRef in = LLVMGetFirstInstruction(bb); in;
			     in = LLVMGetNextInstruction(in)) {
				if (!LLVMIsACallInst(in) || !has_code(in))
					continue;
				diag_where(fn, in, where, sizeof(where));
				diag_error("%s: inline assembly for %s in function '%s'%s cannot "
					   "run on BPF: drop it, or compile with -target bpf "
					   "and write BPF assembly", path, triple,
					   shown_name(fn, name, sizeof(name)), where);
				return -1;
			}
	return 0;
}
