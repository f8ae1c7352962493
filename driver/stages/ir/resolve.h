/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_RESOLVE_H
#define IRBPF_RESOLVE_H

#include <stdbool.h>

#include <llvm-c/Core.h>

/* Kernel symbols and config values the loader resolves (.ksyms,
 * .kconfig), and the CO-RE relocation globals of the BPF backend. */
bool resolve_loader_resolved(LLVMValueRef v);

/* A function that never returns: a panic or abort path (declared
 * noreturn, or known by name: abort, __assert_fail, core::panicking::*). */
bool resolve_is_noreturn(LLVMValueRef fn);

/* Reports every used symbol nothing defines, deletes unused declarations;
 * returns the number of errors. Noreturn functions are not errors. */
int resolve_undefined(LLVMModuleRef mod);

/* Whether a used function is still undefined that the runtime could
 * define (not an intrinsic, loader symbol or noreturn path). */
bool resolve_has_pending(LLVMModuleRef mod);

#endif
