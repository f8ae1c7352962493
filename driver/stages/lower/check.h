/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_CHECKS_H
#define IRBPF_CHECKS_H

#include "stages/stages.h"

/*
 * Checks run on the optimised module, where the optimiser has had its
 * chance to remove what BPF cannot do. Each reports the first offence in
 * @fn with its source line and returns the number of errors reported.
 */
unsigned check_indirect_calls(LLVMValueRef fn);
unsigned check_wide_arith(LLVMValueRef fn);
/* Variadic functions, structs passed by value, unknown helper numbers. */
unsigned check_unsupported(LLVMValueRef fn);

/* Module-wide: thread-local variables; the first recursive call. */
unsigned check_thread_locals(LLVMModuleRef mod);
unsigned check_recursion(LLVMModuleRef mod);

/* Read stage: inline assembly in a module built for another target, which
 * the BPF backend cannot assemble; reports it naming @path, returns -1. */
int check_host_asm(LLVMModuleRef mod, const char *path);

/* Works around a backend miscompilation (see check_fix_atomics.c); returns the
  * number of instructions changed. */
unsigned fix_relaxed_atomics(LLVMValueRef fn);

#endif
