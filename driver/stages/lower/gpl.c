// SPDX-License-Identifier: MIT
/*
 * GPL-only helpers under a licence the kernel does not count as GPL
 * compatible: the verifier would refuse the program at load time ("cannot
 * call GPL-restricted function"); say so at build time, naming the helper
 * and its caller. Runs after optimisation, when helper calls have their
 * final form (helper_ids.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stages/ir/license.h"
#include "stages/lower/helper_ids.h"
#include "stages/stages.h"

static void report(LLVMValueRef fn, LLVMValueRef call, unsigned long long id,
		   const char *license)
{
	char loc[512], where[600] = "";

	if (diag_inst_location(call, loc, sizeof(loc)) ||
	    diag_func_location(fn, loc, sizeof(loc)))
		snprintf(where, sizeof(where), " (%s)", loc);
	diag_error("GPL-only helper '%s' called from '%s'%s needs a GPL-compatible licence; "
		   "the program's licence is '%s'", helper_name(id),
		   LLVMGetValueName(fn), where, license);
}

/* One error per helper and function, however often it is called there
 * (@seen: helper_count() flags, cleared here). */
static int check_function(LLVMValueRef fn, const char *license, unsigned char *seen)
{
	int errors = 0;

	memset(seen, 0, helper_count());
	for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb)) {
		for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
			unsigned long long id;

			if (!LLVMIsACallInst(i))
				continue;
			id = helper_call_id(i);
			if (!id || !helper_gpl_only(id) || seen[id])
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
	unsigned char *seen;
	int errors = 0;

	if (!license || license_is_gpl_compatible(license)) {
		free(license);
		return 0;
	}
	seen = malloc(helper_count());
	if (!seen) {
		free(license);
		diag_error("out of memory");
		return -1;
	}
	for (LLVMValueRef fn = LLVMGetFirstFunction(ctx->module); fn; fn = LLVMGetNextFunction(fn))
		if (!LLVMIsDeclaration(fn))
			errors += check_function(fn, license, seen);
	free(seen);
	free(license);
	return errors ? -1 : 0;
}
