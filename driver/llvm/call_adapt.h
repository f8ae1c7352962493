/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_CALL_ADAPT_H
#define IRBPF_CALL_ADAPT_H

#include <llvm-c/Core.h>

/* Rewrites every direct call of @fn whose function type is not @fn's own
 * (variadic, fewer arguments, other integer widths or pointers for
 * integers) into a call of @fn's type; calls it cannot convert stay. */
void call_adapt_all(LLVMModuleRef mod, LLVMValueRef fn);

#endif
