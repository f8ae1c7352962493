/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_IRVERIFY_H
#define IRBPF_IRVERIFY_H

#include <llvm-c/Core.h>

/* Runs LLVM's verifier on @mod; on failure reports "<what>: <first line
 * of the verifier's message>" and returns -1. */
int irverify_module(LLVMModuleRef mod, const char *what);

#endif
