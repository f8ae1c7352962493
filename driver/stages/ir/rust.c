// SPDX-License-Identifier: MIT
/*
 * Rust-specific clean-up of host-target bitcode from stable rustc, run
 * right after retargeting. rustc's fat LTO keeps every internal function
 * of `core` it linked, used or not (all of them at opt-level 0): code
 * that formats i128, compares with memcmp/bcmp, unwinds. None of it is
 * reachable from a program, so drop it before symbols are resolved,
 * instead of reporting what it references as undefined.
 */

#include "llvm/passes.h"
#include "stages/input/input_kind.h"
#include "stages/ir/rust.h"
#include "stages/stages.h"

bool rust_program(const struct irbpf_ctx *ctx)
{
	return ctx->input_kinds & INPUT_RUST;
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
	if (!rust_program(ctx))
		return 0;
	if (passes_run(ctx->module, ctx->tm, "globaldce", "dropping unused Rust code"))
		return -1;
	drop_unused_declarations(ctx->module);
	return 0;
}
