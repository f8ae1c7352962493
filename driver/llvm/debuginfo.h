/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_DEBUGINFO_H
#define IRBPF_DEBUGINFO_H

#include <llvm-c/Core.h>

/* True when global @g carries any metadata attachment (its !dbg). */
int debuginfo_global_has(LLVMValueRef g);

#endif
