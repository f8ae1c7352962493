/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_PASSES_H
#define IRBPF_PASSES_H

#include <stdbool.h>

#include <llvm-c/Core.h>
#include <llvm-c/TargetMachine.h>

/* Runs the new-pass-manager pipeline @pipeline on @mod with the BPF
 * target machine @tm; on failure reports "<what> failed: <reason>". */
int passes_run(LLVMModuleRef mod, LLVMTargetMachineRef tm, const char *pipeline,
	       const char *what);

/* Whether passes_run_function() can run: the libLLVM in use has
 * LLVMRunPassesOnFunction (LLVM 20 on). */
bool passes_on_function(void);

/* The same for function passes on @fn alone; only where
 * passes_on_function(). */
int passes_run_function(LLVMValueRef fn, LLVMTargetMachineRef tm, const char *pipeline,
			const char *what);

#endif
