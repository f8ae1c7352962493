/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_RUST_H
#define IRBPF_RUST_H

#include <stdbool.h>

#include <llvm-c/Core.h>

/* True when any module linked into @mod was produced by rustc (its
 * "rustc version ..." entry in !llvm.ident). */
bool rust_module_has_rust(LLVMModuleRef mod);

#endif
