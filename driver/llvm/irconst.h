/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_IRCONST_H
#define IRBPF_IRCONST_H

#include <stddef.h>
#include <stdint.h>

#include <llvm-c/Core.h>
#include <llvm-c/Target.h>

/*
 * Writes the in-memory bytes of constant @c (integers, arrays, structs,
 * zero/undef; BPF is little-endian) into @out, which holds @size bytes,
 * laid out by @td. Returns 0, or -1 when the constant holds something
 * that is not plain data (a pointer to a symbol, a float, an expression).
 */
int irconst_bytes(LLVMTargetDataRef td, LLVMValueRef c, uint8_t *out, size_t size);

/* Size in bytes of the value a global variable holds. */
uint64_t irconst_global_size(LLVMTargetDataRef td, LLVMValueRef global);

/* Reads a NUL-terminated string held by global @g into a new allocation
 * (free() it); NULL when the initializer is not plain bytes or has no
 * NUL within the global. */
char *irconst_global_string(LLVMTargetDataRef td, LLVMValueRef g);

#endif
