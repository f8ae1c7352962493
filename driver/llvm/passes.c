// SPDX-License-Identifier: MIT
#include "llvm/passes.h"

#include <llvm/Config/llvm-config.h>
#include <llvm-c/Error.h>
#include <llvm-c/Transforms/PassBuilder.h>

#include "diag/diag.h"

/*
 * From LLVM 20 on. Weak: irbpf-core.so is also loaded with an older
 * libLLVM (see cli/llvmlib/), where it is then NULL.
 */
#if LLVM_VERSION_MAJOR < 20
LLVMErrorRef LLVMRunPassesOnFunction(LLVMValueRef fn, const char *passes,
				     LLVMTargetMachineRef tm, LLVMPassBuilderOptionsRef opts);
#endif
#pragma weak LLVMRunPassesOnFunction

bool passes_on_function(void)
{
	return LLVMRunPassesOnFunction != NULL;
}

/* The pipeline on @fn alone when given, else on the whole of @mod. */
static int run(LLVMModuleRef mod, LLVMValueRef fn, LLVMTargetMachineRef tm,
	       const char *pipeline, const char *what)
{
	LLVMPassBuilderOptionsRef pbo = LLVMCreatePassBuilderOptions();
	LLVMErrorRef err;

	if (fn && passes_on_function())
		err = LLVMRunPassesOnFunction(fn, pipeline, tm, pbo);
	else if (fn)
		err = LLVMCreateStringError("LLVM before 20 runs no passes on one function");
	else
		err = LLVMRunPasses(mod, pipeline, tm, pbo);

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
