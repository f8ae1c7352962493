// SPDX-License-Identifier: MIT
/* Archive members: linked only when the program needs them. */
#include "stages/input/link_members.h"

#include <string.h>

#include "stages/ir/sections.h"

static bool defines(LLVMValueRef v)
{
	switch (LLVMGetLinkage(v)) {
	case LLVMInternalLinkage:
	case LLVMPrivateLinkage:
	case LLVMAvailableExternallyLinkage:
		return false;
	default:
		return !LLVMIsDeclaration(v);
	}
}

/* A weak reference does not pull a member in, as with a linker. */
static bool undefined(LLVMValueRef v)
{
	return v && LLVMIsDeclaration(v) && LLVMGetLinkage(v) == LLVMExternalLinkage;
}

static LLVMValueRef lookup(LLVMModuleRef mod, const char *name)
{
	LLVMValueRef v = LLVMGetNamedFunction(mod, name);

	if (!v)
		v = LLVMGetNamedGlobal(mod, name);
	if (!v)
		v = LLVMGetNamedGlobalAlias(mod, name, strlen(name));
	return v;
}

bool link_member_is_root(LLVMModuleRef member)
{
	for (LLVMValueRef fn = LLVMGetFirstFunction(member); fn; fn = LLVMGetNextFunction(fn))
		if (defines(fn) && sections_is_program(LLVMGetSection(fn)))
			return true;
	for (LLVMValueRef g = LLVMGetFirstGlobal(member); g; g = LLVMGetNextGlobal(g)) {
		const char *sec = LLVMGetSection(g);

		if (defines(g) && sec && (sections_is_map(sec) || !strcmp(sec, "license")))
			return true;
	}
	return false;
}

static const char *needed(LLVMModuleRef program, LLVMValueRef v)
{
	const char *name = LLVMGetValueName(v);

	return defines(v) && undefined(lookup(program, name)) ? name : NULL;
}

const char *link_member_needed_for(LLVMModuleRef program, LLVMModuleRef member)
{
	const char *name = NULL;

	for (LLVMValueRef fn = LLVMGetFirstFunction(member); fn && !name;
	     fn = LLVMGetNextFunction(fn))
		name = needed(program, fn);
	for (LLVMValueRef g = LLVMGetFirstGlobal(member); g && !name; g = LLVMGetNextGlobal(g))
		name = needed(program, g);
	for (LLVMValueRef a = LLVMGetFirstGlobalAlias(member); a && !name;
	     a = LLVMGetNextGlobalAlias(a))
		name = needed(program, a);
	return name;
}
