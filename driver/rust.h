/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_RUST_H
#define IRBPF_RUST_H

#include <stdbool.h>
#include <stddef.h>

#include <llvm-c/Core.h>

/* True when any module linked into @mod was produced by rustc (its
 * "rustc version ..." entry in !llvm.ident). */
bool rust_module_has_rust(LLVMModuleRef mod);

/* When the program's panic handler is bpf-headers' (it calls
 * __irbpf_panic), turns `core`'s noreturn panic functions into
 * declarations, so that each call of one is a panic site of its own. */
void rust_panics_to_declarations(LLVMModuleRef mod);

/* Demangles a legacy-mangled Rust symbol ("_ZN...17h<hash>E") into @out
 * ("crate::module::function"); false for any other name. */
bool rust_demangle(const char *name, char *out, size_t size);

/* The demangled name in @buf, or @name itself when it is not Rust's. */
const char *rust_display_name(const char *name, char *buf, size_t size);

#endif
