// SPDX-License-Identifier: MIT
#include "llvm/compat.h"

/* Weak: null when the running LLVM does not define them (LLVM 19 has
 * neither; both came with LLVM 20). The prototypes are repeated because
 * the headers irbpf is built with may be too old to declare them. */
void LLVMGlobalAddDebugInfo(LLVMValueRef g, LLVMMetadataRef gve) __attribute__((weak));
void LLVMDISubprogramReplaceType(LLVMMetadataRef sp, LLVMMetadataRef type)
	__attribute__((weak));

/* std::set_new_handler by its C++ ABI name; weak, since the LLVM loaded at
 * run time may keep its C++ runtime to itself. */
typedef void (*new_handler_fn)(void);
extern new_handler_fn _ZSt15set_new_handlerPFvvE(new_handler_fn handler)
	__attribute__((weak));

void compat_global_add_debug_info(LLVMValueRef g, LLVMMetadataRef gve)
{
	if (LLVMGlobalAddDebugInfo) {
		LLVMGlobalAddDebugInfo(g, gve);
		return;
	}
	/* The global is new and has no !dbg yet: setting is adding. */
	LLVMGlobalSetMetadata(g, LLVMGetMDKindIDInContext(
				 LLVMGetTypeContext(LLVMTypeOf(g)), "dbg", 3), gve);
}

/* The operand holding a DISubprogram's type is the one that is a
 * DISubroutineType; LLVM's own replaceType sets that operand. */
void compat_subprogram_replace_type(LLVMContextRef llvm, LLVMMetadataRef sp,
				    LLVMMetadataRef type)
{
	LLVMValueRef node, ops[16];
	unsigned n;

	if (LLVMDISubprogramReplaceType) {
		LLVMDISubprogramReplaceType(sp, type);
		return;
	}
	node = LLVMMetadataAsValue(llvm, sp);
	n = LLVMGetMDNodeNumOperands(node);
	if (n > sizeof(ops) / sizeof(ops[0]))
		return;
	LLVMGetMDNodeOperands(node, ops);
	for (unsigned i = 0; i < n; i++) {
		if (ops[i] && LLVMGetMetadataKind(LLVMValueAsMetadata(ops[i])) ==
			      LLVMDISubroutineTypeMetadataKind) {
			LLVMReplaceMDNodeOperandWith(node, i, type);
			return;
		}
	}
}

void compat_set_new_handler(void (*handler)(void))
{
	if (_ZSt15set_new_handlerPFvvE)
		_ZSt15set_new_handlerPFvvE(handler);
}
