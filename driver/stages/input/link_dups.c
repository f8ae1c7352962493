// SPDX-License-Identifier: MIT
/*
 * Two inputs defining the same external symbol: LLVM's linker says
 * "Linking globals named 'f': symbol multiply defined!". Say where both
 * definitions are instead, before linking.
 */
#include "stages/input/link_dups.h"

static int strong_definition(LLVMValueRef v)
{
	return v && !LLVMIsDeclaration(v) && LLVMGetLinkage(v) == LLVMExternalLinkage;
}

static void report(const char *path, LLVMValueRef now, LLVMValueRef before)
{
	char here[600], there[600];

	diag_where(now, NULL, here, sizeof(here));
	diag_where(before, NULL, there, sizeof(there));
	diag_error("symbol '%s' in %s%s is also defined by an earlier input%s: "
		   "keep one definition, or make the others static", LLVMGetValueName(now),
		   path, here, there);
}

int link_check_duplicates(LLVMModuleRef dst, LLVMModuleRef src, const char *path)
{
	for (LLVMValueRef fn = LLVMGetFirstFunction(src); fn; fn = LLVMGetNextFunction(fn)) {
		LLVMValueRef other = LLVMGetNamedFunction(dst, LLVMGetValueName(fn));

		if (strong_definition(fn) && strong_definition(other)) {
			report(path, fn, other);
			return -1;
		}
	}
	for (LLVMValueRef g = LLVMGetFirstGlobal(src); g; g = LLVMGetNextGlobal(g)) {
		LLVMValueRef other = LLVMGetNamedGlobal(dst, LLVMGetValueName(g));

		if (strong_definition(g) && strong_definition(other)) {
			report(path, g, other);
			return -1;
		}
	}
	return 0;
}
