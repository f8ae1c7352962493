// SPDX-License-Identifier: MIT
/*
 * Which kernel helper a call goes to: after optimisation, helper calls are
 * calls through "inttoptr (i64 N to ptr)" (or, at -O0, through a global
 * holding that constant, as bpf_helper_defs.h declares them). Names and
 * GPL-only flags come from the table generated at build time
 * (gen/license_gen.c).
 */
#include <stddef.h>

#include "gen/license_gpl_table.h"
#include "stages/lower/helper_ids.h"

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

bool helper_gpl_only(unsigned long long id)
{
	return id < N_HELPERS && helper_table[id].gpl_only;
}
