// SPDX-License-Identifier: MIT
/*
 * Two inputs defining the same external symbol: LLVM's linker says
 * "Linking globals named 'f': symbol multiply defined!". Say where both
 * definitions are instead, before linking.
 */
#include <stdio.h>

#include "link.h"

static int strong_definition(LLVMValueRef v)
{
	return v && !LLVMIsDeclaration(v) && LLVMGetLinkage(v) == LLVMExternalLinkage;
}

static void location(LLVMValueRef v, char *buf, size_t size)
{
	if (LLVMIsAFunction(v))
		diag_func_location(v, buf, size);
	else
		diag_global_location(v, buf, size);
}

static void report(const char *path, LLVMValueRef now, LLVMValueRef before)
{
	char here[512], there[512];

	location(now, here, sizeof(here));
	location(before, there, sizeof(there));
	diag_error("symbol '%s' in %s%s%s%s is also defined by an earlier input%s%s%s: "
		   "keep one definition, or make the others static", LLVMGetValueName(now),
		   path, here[0] ? " (" : "", here, here[0] ? ")" : "",
		   there[0] ? " (" : "", there, there[0] ? ")" : "");
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
