/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_CHECKS_H
#define IRBPF_CHECKS_H

#include "stages.h"

/*
 * Checks run on the optimised module, where the optimiser has had its
 * chance to remove what BPF cannot do. Each reports the first offence in
 * @fn with its source line and returns the number of errors reported.
 */
unsigned check_indirect_calls(LLVMValueRef fn);
unsigned check_wide_arith(LLVMValueRef fn);

/* Works around a backend miscompilation (see atomics.c); returns the
  * number of instructions changed. */
unsigned fix_relaxed_atomics(LLVMValueRef fn);

#endif
