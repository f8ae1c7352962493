/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_COMPAT_H
#define IRBPF_COMPAT_H

#include <llvm-c/Core.h>
#include <llvm-c/DebugInfo.h>

/*
 * LLVM-C entry points that not every supported LLVM (19 and newer) has.
 * irbpf may run with an LLVM other than the one it was built with (see
 * cli/llvmlib/), so each is looked up when called, not when built: where the
 * running LLVM lacks it, the same effect is had with older calls.
 */

/* Attaches @gve (a DIGlobalVariableExpression) to the global @g. */
void compat_global_add_debug_info(LLVMValueRef g, LLVMMetadataRef gve);

/* Gives the distinct DISubprogram @sp the subroutine type @type. */
void compat_subprogram_replace_type(LLVMContextRef llvm, LLVMMetadataRef sp,
				    LLVMMetadataRef type);

/* std::set_new_handler of the C++ runtime LLVM allocates with, if that
 * runtime is visible to irbpf; else nothing. */
void compat_set_new_handler(void (*handler)(void));

#endif
