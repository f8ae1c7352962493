// SPDX-License-Identifier: MIT
/*
 * Stage 3: make a module built for any target a BPF module: triple, data
 * layout, and no function attributes that only mean something on the host.
 */
#include <string.h>

#include <llvm-c/Target.h>

#include "stages/ir/retarget.h"
#include "stages/stages.h"

static const char *const host_string_attrs[] = {
	"target-cpu", "target-features", "tune-cpu", "probe-stack",
	"stack-probe-size", "min-legal-vector-width", "stack-protector-buffer-size",
	"frame-pointer", "prefer-vector-width",
};

static const char *const host_enum_attrs[] = {
	"uwtable", "ssp", "sspstrong", "sspreq", "nonlazybind", "safestack",
	"shadowcallstack",
};

void retarget_set_target(LLVMModuleRef mod, LLVMTargetMachineRef tm)
{
	LLVMTargetDataRef td = LLVMCreateTargetDataLayout(tm);
	char *layout = LLVMCopyStringRepOfTargetData(td);
	char *triple = LLVMGetTargetMachineTriple(tm);

	LLVMSetTarget(mod, triple);
	LLVMSetDataLayout(mod, layout);
	LLVMDisposeMessage(triple);
	LLVMDisposeMessage(layout);
	LLVMDisposeTargetData(td);
}

static void drop_host_attributes(LLVMValueRef fn)
{
	const LLVMAttributeIndex idx = LLVMAttributeFunctionIndex;

	for (size_t i = 0; i < sizeof(host_string_attrs) / sizeof(host_string_attrs[0]); i++)
		LLVMRemoveStringAttributeAtIndex(fn, idx, host_string_attrs[i],
						 (unsigned)strlen(host_string_attrs[i]));
	for (size_t i = 0; i < sizeof(host_enum_attrs) / sizeof(host_enum_attrs[0]); i++) {
		unsigned kind = LLVMGetEnumAttributeKindForName(host_enum_attrs[i],
								strlen(host_enum_attrs[i]));
		if (kind)
			LLVMRemoveEnumAttributeAtIndex(fn, idx, kind);
	}
	/* Unwinding does not exist in BPF; the personality would otherwise
	 * be an undefined symbol and make the backend emit .eh_frame. */
	if (LLVMHasPersonalityFn(fn))
		LLVMSetPersonalityFn(fn, NULL);
}

int stage_retarget(struct irbpf_ctx *ctx)
{
	retarget_set_target(ctx->module, ctx->tm);
	for (LLVMValueRef fn = LLVMGetFirstFunction(ctx->module); fn;
	     fn = LLVMGetNextFunction(fn))
		drop_host_attributes(fn);
	return 0;
}
