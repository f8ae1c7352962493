// SPDX-License-Identifier: MIT
/*
 * Rust-specific clean-up of host-target bitcode from stable rustc, run
 * right after retargeting. rustc's fat LTO keeps every internal function
 * of `core` it linked, used or not (all of them at opt-level 0): code
 * that formats i128, compares with memcmp/bcmp, unwinds. None of it is
 * reachable from a program, so drop it before symbols are resolved,
 * instead of reporting what it references as undefined.
 */
#include <stdlib.h>
#include <string.h>

#include "llvm/passes.h"
#include "stages/ir/rust.h"
#include "stages/stages.h"

bool rust_module_has_rust(LLVMModuleRef mod)
{
	unsigned n = LLVMGetNamedMetadataNumOperands(mod, "llvm.ident");
	LLVMValueRef *ops;
	bool found = false;

	if (!n)
		return false;
	ops = calloc(n, sizeof(*ops));
	if (!ops)
		return false;
	LLVMGetNamedMetadataOperands(mod, "llvm.ident", ops);
	for (unsigned i = 0; i < n && !found; i++) {
		LLVMValueRef str = LLVMGetOperand(ops[i], 0);
		unsigned len = 0;
		const char *s = str ? LLVMGetMDString(str, &len) : NULL;

		found = s && len >= 14 && !strncmp(s, "rustc version ", 14);
	}
	free(ops);
	return found;
}

/* rustc declares the personality even with panic = "abort"; retarget has
 * detached it from every function, so the declaration is dead weight. */
static void drop_unused_declarations(LLVMModuleRef mod)
{
	LLVMValueRef fn, next;

	for (fn = LLVMGetFirstFunction(mod); fn; fn = next) {
		next = LLVMGetNextFunction(fn);
		if (LLVMIsDeclaration(fn) && !LLVMGetFirstUse(fn) && !LLVMGetIntrinsicID(fn))
			LLVMDeleteFunction(fn);
	}
}

int stage_rust(struct irbpf_ctx *ctx)
{
	if (!rust_module_has_rust(ctx->module))
		return 0;
	if (passes_run(ctx->module, ctx->tm, "globaldce", "dropping unused Rust code"))
		return -1;
	drop_unused_declarations(ctx->module);
	return 0;
}
