// SPDX-License-Identifier: MIT
/*
 * Stage 4: every symbol the program uses must be defined by now, or be
 * something the loader resolves (kernel functions and variables declared
 * in .ksyms/.kconfig). Anything else is an error naming the first user.
 */
#include <string.h>

#include "stages.h"

/* Kernel symbols and config values, and the CO-RE relocation globals the
 * BPF backend itself defines ("llvm.<type>:<access>"). */
static int loader_resolved(LLVMValueRef v)
{
	const char *sec = LLVMGetSection(v);

	if (!strncmp(LLVMGetValueName(v), "llvm.", 5))
		return 1;
	return sec && (!strcmp(sec, ".ksyms") || !strcmp(sec, ".kconfig"));
}

static LLVMValueRef first_user_instruction(LLVMValueRef v)
{
	for (LLVMUseRef use = LLVMGetFirstUse(v); use; use = LLVMGetNextUse(use)) {
		LLVMValueRef user = LLVMGetUser(use);

		if (LLVMIsAInstruction(user))
			return user;
	}
	return NULL;
}

static void report_undefined(LLVMValueRef v)
{
	LLVMValueRef inst = first_user_instruction(v);
	const char *name = LLVMGetValueName(v);
	char loc[512];

	if (!inst) {
		diag_error("undefined symbol '%s'", name);
		return;
	}
	LLVMValueRef fn = LLVMGetBasicBlockParent(LLVMGetInstructionParent(inst));
	if (diag_inst_location(inst, loc, sizeof(loc)))
		diag_error("undefined symbol '%s' referenced from '%s' (%s)", name,
			   LLVMGetValueName(fn), loc);
	else
		diag_error("undefined symbol '%s' referenced from '%s'", name,
			   LLVMGetValueName(fn));
}

static int resolve_functions(LLVMModuleRef mod)
{
	LLVMValueRef fn, next;
	int errors = 0;

	for (fn = LLVMGetFirstFunction(mod); fn; fn = next) {
		next = LLVMGetNextFunction(fn);
		if (!LLVMIsDeclaration(fn) || LLVMGetIntrinsicID(fn))
			continue;
		if (!LLVMGetFirstUse(fn)) {
			LLVMDeleteFunction(fn);
			continue;
		}
		if (loader_resolved(fn))
			continue;
		report_undefined(fn);
		errors++;
	}
	return errors;
}

static int resolve_globals(LLVMModuleRef mod)
{
	int errors = 0;

	for (LLVMValueRef g = LLVMGetFirstGlobal(mod); g; g = LLVMGetNextGlobal(g)) {
		if (!LLVMIsDeclaration(g) || loader_resolved(g) || !LLVMGetFirstUse(g))
			continue;
		report_undefined(g);
		errors++;
	}
	return errors;
}

int stage_resolve(struct irbpf_ctx *ctx)
{
	int errors = resolve_functions(ctx->module);

	errors += resolve_globals(ctx->module);
	return errors ? -1 : 0;
}
