// SPDX-License-Identifier: MIT
#include "llvm/passes.h"

#include <llvm-c/Error.h>
#include <llvm-c/Transforms/PassBuilder.h>

#include "diag/diag.h"

static int report(LLVMErrorRef err, const char *what)
{
	if (err) {
		char *msg = LLVMGetErrorMessage(err);

		diag_error("%s failed: %s", what, msg);
		LLVMDisposeErrorMessage(msg);
		return -1;
	}
	return 0;
}

int passes_run(LLVMModuleRef mod, LLVMTargetMachineRef tm, const char *pipeline,
	       const char *what)
{
	LLVMPassBuilderOptionsRef pbo = LLVMCreatePassBuilderOptions();
	LLVMErrorRef err = LLVMRunPasses(mod, pipeline, tm, pbo);

	LLVMDisposePassBuilderOptions(pbo);
	return report(err, what);
}

int passes_run_function(LLVMValueRef fn, LLVMTargetMachineRef tm, const char *pipeline,
			const char *what)
{
	LLVMPassBuilderOptionsRef pbo = LLVMCreatePassBuilderOptions();
	LLVMErrorRef err = LLVMRunPassesOnFunction(fn, pipeline, tm, pbo);

	LLVMDisposePassBuilderOptions(pbo);
	return report(err, what);
}
