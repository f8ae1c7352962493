/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_PASSES_H
#define IRBPF_PASSES_H

#include <llvm-c/Core.h>
#include <llvm-c/TargetMachine.h>

/* Runs the new-pass-manager pipeline @pipeline on @mod with the BPF
 * target machine @tm; on failure reports "<what> failed: <reason>". */
int passes_run(LLVMModuleRef mod, LLVMTargetMachineRef tm, const char *pipeline,
	       const char *what);

/* The same for function passes on @fn alone. */
int passes_run_function(LLVMValueRef fn, LLVMTargetMachineRef tm, const char *pipeline,
			const char *what);

#endif
