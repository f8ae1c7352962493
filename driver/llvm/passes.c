// SPDX-License-Identifier: MIT
#include "llvm/passes.h"

#include <llvm-c/Error.h>
#include <llvm-c/Transforms/PassBuilder.h>

#include "diag/diag.h"

/* The pipeline on @fn alone when given, else on the whole of @mod. */
static int run(LLVMModuleRef mod, LLVMValueRef fn, LLVMTargetMachineRef tm,
	       const char *pipeline, const char *what)
{
	LLVMPassBuilderOptionsRef pbo = LLVMCreatePassBuilderOptions();
	LLVMErrorRef err = fn ? LLVMRunPassesOnFunction(fn, pipeline, tm, pbo) :
				LLVMRunPasses(mod, pipeline, tm, pbo);

	LLVMDisposePassBuilderOptions(pbo);
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
	return run(mod, NULL, tm, pipeline, what);
}

int passes_run_function(LLVMValueRef fn, LLVMTargetMachineRef tm, const char *pipeline,
			const char *what)
{
	return run(NULL, fn, tm, pipeline, what);
}
