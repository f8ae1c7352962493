// SPDX-License-Identifier: MIT
/* Stage: after optimisation, report what the BPF backend or the kernel
 * would refuse later with a less helpful message, and work around what
 * the backend would get wrong. */
#include "stages/lower/check.h"

int stage_check(struct irbpf_ctx *ctx)
{
	unsigned errors = check_thread_locals(ctx->module);

	for (LLVMValueRef fn = LLVMGetFirstFunction(ctx->module); fn; fn = LLVMGetNextFunction(fn)) {
		if (LLVMIsDeclaration(fn))
			continue;
		errors += check_indirect_calls(fn);
		errors += check_wide_arith(fn);
		errors += check_unsupported(fn);
		fix_relaxed_atomics(fn);
	}
	if (!errors)
		errors = check_recursion(ctx->module);
	return errors ? -1 : 0;
}
