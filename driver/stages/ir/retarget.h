/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_RETARGET_H
#define IRBPF_RETARGET_H

#include <llvm-c/Core.h>
#include <llvm-c/TargetMachine.h>

/* Sets the BPF triple and data layout of @tm on @mod. */
void retarget_set_target(LLVMModuleRef mod, LLVMTargetMachineRef tm);

#endif
