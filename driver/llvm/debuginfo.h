/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_DEBUGINFO_H
#define IRBPF_DEBUGINFO_H

#include <llvm-c/Core.h>

/* Operand positions in LLVM 22's debug-info nodes. */
enum {
	DEBUGINFO_TYPE_BASE = 5,		/* a derived type's base type */
	DEBUGINFO_COMPOSITE_ELEMENTS = 6,	/* a composite type's members */
};

/* True when global @g carries any metadata attachment (its !dbg). */
int debuginfo_global_has(LLVMValueRef g);

/* Operand @index of node @md, or NULL when it has none there. */
LLVMMetadataRef debuginfo_operand(LLVMContextRef ctx, LLVMMetadataRef md, unsigned index);

/* The type of global @g's debug-info variable, or NULL. */
LLVMMetadataRef debuginfo_global_type(LLVMValueRef g);

#endif
