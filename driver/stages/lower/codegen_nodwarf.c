// SPDX-License-Identifier: MIT
/*
 * DWARF that the object will not keep is not worth generating. The BPF
 * backend writes BTF from the debug info by itself; DWARF comes from the
 * generic AsmPrinter, which creates no DWARF writer for a module flagged
 * "CodeView" whose "Dwarf Version" is 0 (and no CodeView writer either
 * for a target that is not Windows). For a CO-RE program, whose debug
 * info describes a good part of the kernel's types, that is a fifth of
 * the compile. Should a later LLVM ignore the flags, DWARF is written and
 * the elf stage drops it as before.
 */
#include "stages/lower/codegen_nodwarf.h"

#include <string.h>

static int is_flag(LLVMValueRef flag, const char *key)
{
	LLVMValueRef ops[3];
	const char *name;
	unsigned len;

	if (LLVMGetMDNodeNumOperands(flag) != 3)
		return 0;
	LLVMGetMDNodeOperands(flag, ops);
	name = ops[1] && LLVMIsAMDString(ops[1]) ? LLVMGetMDString(ops[1], &len) : NULL;
	return name && len == strlen(key) && !memcmp(name, key, len);
}

/* Sets an existing "Dwarf Version" module flag to 0. */
static int clear_dwarf_version(LLVMModuleRef mod, LLVMMetadataRef zero)
{
	unsigned n = LLVMGetNamedMetadataNumOperands(mod, "llvm.module.flags");
	LLVMValueRef flags[64];

	if (n > sizeof(flags) / sizeof(flags[0]))
		return -1;
	LLVMGetNamedMetadataOperands(mod, "llvm.module.flags", flags);
	for (unsigned i = 0; i < n; i++) {
		if (is_flag(flags[i], "Dwarf Version")) {
			LLVMReplaceMDNodeOperandWith(flags[i], 2, zero);
			return 0;
		}
	}
	return 0;
}

void codegen_skip_dwarf(LLVMModuleRef mod)
{
	LLVMContextRef ctx = LLVMGetModuleContext(mod);
	LLVMTypeRef i32 = LLVMInt32TypeInContext(ctx);

	if (!LLVMGetNamedMetadataNumOperands(mod, "llvm.dbg.cu") ||
	    LLVMGetModuleFlag(mod, "CodeView", strlen("CodeView")))
		return;
	if (clear_dwarf_version(mod, LLVMValueAsMetadata(LLVMConstInt(i32, 0, 0))))
		return;
	LLVMAddModuleFlag(mod, LLVMModuleFlagBehaviorWarning, "CodeView", strlen("CodeView"),
			  LLVMValueAsMetadata(LLVMConstInt(i32, 1, 0)));
}
