// SPDX-License-Identifier: MIT
/*
 * GPL-only helpers under a licence the kernel does not count as GPL
 * compatible: the verifier would refuse the program at load time ("cannot
 * call GPL-restricted function"); say so at build time, naming the helper
 * and its caller. Runs after optimisation, where helper calls are calls
 * through "inttoptr (i64 N to ptr)" (or, at -O0, through a global holding
 * that constant, as bpf_helper_defs.h declares them).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "license_gpl_table.h"
#include "stages/ir/license.h"
#include "stages/stages.h"

#define N_HELPERS (sizeof(helper_table) / sizeof(helper_table[0]))

static unsigned long long inttoptr_value(LLVMValueRef c)
{
	LLVMValueRef v;

	if (!c || !LLVMIsAConstantExpr(c) || LLVMGetConstOpcode(c) != LLVMIntToPtr)
		return 0;
	v = LLVMGetOperand(c, 0);
	return LLVMIsAConstantInt(v) ? LLVMConstIntGetZExtValue(v) : 0;
}

unsigned long long helper_call_id(LLVMValueRef call)
{
	LLVMValueRef callee = LLVMGetCalledValue(call), g;

	if (LLVMIsALoadInst(callee)) {
		g = LLVMGetOperand(callee, 0);
		if (!LLVMIsAGlobalVariable(g) || LLVMIsDeclaration(g))
			return 0;
		return inttoptr_value(LLVMGetInitializer(g));
	}
	return inttoptr_value(callee);
}

const char *helper_name(unsigned long long id)
{
	return id < N_HELPERS ? helper_table[id].name : NULL;
}

unsigned long long helper_count(void)
{
	return N_HELPERS;
}

static void report(LLVMValueRef fn, LLVMValueRef call, unsigned long long id,
		   const char *license)
{
	char loc[512], where[600] = "";

	if (diag_inst_location(call, loc, sizeof(loc)) ||
	    diag_func_location(fn, loc, sizeof(loc)))
		snprintf(where, sizeof(where), " (%s)", loc);
	diag_error("GPL-only helper '%s' called from '%s'%s needs a GPL-compatible licence; "
		   "the program's licence is '%s'", helper_table[id].name,
		   LLVMGetValueName(fn), where, license);
}

/* One error per helper and function, however often it is called there. */
static int check_function(LLVMValueRef fn, const char *license)
{
	unsigned char seen[N_HELPERS] = { 0 };
	int errors = 0;

	for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb)) {
		for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
			unsigned long long id;

			if (!LLVMIsACallInst(i))
				continue;
			id = helper_call_id(i);
			if (!id || id >= N_HELPERS || !helper_table[id].gpl_only || seen[id])
				continue;
			seen[id] = 1;
			report(fn, i, id, license);
			errors++;
		}
	}
	return errors;
}

int stage_gpl(struct irbpf_ctx *ctx)
{
	char *license = license_of_module(ctx->module, LLVMGetModuleDataLayout(ctx->module));
	int errors = 0;

	if (!license || license_is_gpl_compatible(license)) {
		free(license);
		return 0;
	}
	for (LLVMValueRef fn = LLVMGetFirstFunction(ctx->module); fn; fn = LLVMGetNextFunction(fn))
		if (!LLVMIsDeclaration(fn))
			errors += check_function(fn, license);
	free(license);
	return errors ? -1 : 0;
}
