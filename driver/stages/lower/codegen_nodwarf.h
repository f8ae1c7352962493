/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_CODEGEN_NODWARF_H
#define IRBPF_CODEGEN_NODWARF_H

#include <llvm-c/Core.h>

/* Makes the backend write BTF but no DWARF for @mod (which has been
 * verified: only code generation may follow). */
void codegen_skip_dwarf(LLVMModuleRef mod);

#endif
