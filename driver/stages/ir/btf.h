/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_BTF_SANITIZE_H
#define IRBPF_BTF_SANITIZE_H

#include <stddef.h>

#include <llvm-c/Core.h>

/* Longest name kept as is: kernels before 6.1 limit BTF names to
 * KSYM_NAME_LEN 128 (later ones to 512). */
#define BTF_NAME_MAX 127

/*
 * Rewrites the module's debug info so that the BTF the BPF backend makes
 * of it passes the kernel's BTF checks:
 *  - struct, union, enum, typedef, member, enumerator, function, variable
 *    and parameter names (basic types keep theirs: BTF takes "unsigned int")
 *    become C identifiers ("core::option::Option<u32>" →
 *    "core__option__Option_u32_"); names longer than BTF_NAME_MAX are cut
 *    and end in a hash of the full name, so distinct names stay distinct;
 *  - pointer, const, volatile and restrict types lose their names;
 *  - basic types BTF cannot hold (zero-sized like Rust's "()", or
 *    encodings such as UTF "char") are replaced by an empty struct or an
 *    unsigned integer of the same size;
 *  - internal globals with debug info whose symbol names the kernel would
 *    reject as BTF variable names are renamed.
 * Variant parts (Rust enums) are left to the backend, which emits them as
 * unions. Returns the number of names changed (for -v), -1 on
 * allocation failure, or -2 after reporting a type that is its own base
 * type (see btf_cycles.h). Usable from any stage.
 */
int btf_sanitize_module(LLVMModuleRef mod);

/* The sanitised form of @name (a new allocation, or NULL when @name is
 * already acceptable or on allocation failure: check errno). */
char *btf_sanitize_name(const char *name, size_t len);

#endif
