/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_INPUT_KIND_H
#define IRBPF_INPUT_KIND_H

#include <llvm-c/Core.h>

/* What an input module is, as a set of these bits (none: bitcode that
 * clang optimised for BPF, with debug info from clang's C). */
enum {
	INPUT_HOST_TARGET = 1 << 0,	/* built for another target: retargeted */
	INPUT_UNOPTIMISED = 1 << 1,	/* has optnone functions (-O0) */
	INPUT_UNKNOWN_PRODUCER = 1 << 2, /* llvm.ident names neither clang nor rustc */
	INPUT_NOT_CLANG_C = 1 << 3,	/* debug info absent or not clang's C */
	INPUT_NOT_CLANG = 1 << 4,	/* llvm.ident names another frontend, or none */
	INPUT_RUST = 1 << 5,		/* llvm.ident names rustc */
};

/* The INPUT_* bits of @mod, as read (before linking and retargeting). */
unsigned input_kind(LLVMModuleRef mod);

#endif
