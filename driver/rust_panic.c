// SPDX-License-Identifier: MIT
/*
 * Rust panic paths as panic sites. With fat LTO, `core`'s panic
 * functions (core::panicking::panic_bounds_check, unwrap_failed, ...)
 * are defined in the program and end in the #[panic_handler]. The
 * handler bpf-headers provides calls __irbpf_panic, an undefined
 * noreturn function: the resolve stage lowers such calls to
 * `unreachable` and reports the ones that survive optimisation with
 * their source line. That line must be the user's (the index that could
 * not be proven in bounds), not the handler's: so when the program uses
 * that handler, `core`'s noreturn functions become declarations too, and
 * each call of one in the user's code is a site of its own.
 */
#include <stdlib.h>
#include <string.h>

#include "rust.h"
#include "stages.h"

/* A function of Rust's `core` crate: v0 mangling names the crate root
 * "C<disambiguator>_4core", legacy mangling starts "_ZN4core". */
static bool is_core_function(const char *name)
{
	return !strncmp(name, "_ZN4core", 8) ||
	       (!strncmp(name, "_R", 2) && strstr(name, "_4core"));
}

static bool is_noreturn(LLVMValueRef fn)
{
	unsigned kind = LLVMGetEnumAttributeKindForName("noreturn", 8);

	return LLVMGetEnumAttributeAtIndex(fn, LLVMAttributeFunctionIndex, kind) != NULL;
}

/* Replaces @fn by a declaration with the same name, type and function
 * attributes (LLVM-C cannot drop a body in place). */
static void make_declaration(LLVMModuleRef mod, LLVMValueRef fn)
{
	size_t len;
	const char *name = LLVMGetValueName2(fn, &len);
	char *saved = strndup(name, len);
	unsigned n = LLVMGetAttributeCountAtIndex(fn, LLVMAttributeFunctionIndex);
	LLVMAttributeRef *attrs = calloc(n ? n : 1, sizeof(*attrs));
	LLVMValueRef decl;

	if (!saved || !attrs) {
		free(saved);
		free(attrs);
		return;
	}
	decl = LLVMAddFunction(mod, "", LLVMGlobalGetValueType(fn));
	LLVMGetAttributesAtIndex(fn, LLVMAttributeFunctionIndex, attrs);
	for (unsigned i = 0; i < n; i++)
		LLVMAddAttributeAtIndex(decl, LLVMAttributeFunctionIndex, attrs[i]);
	LLVMSetFunctionCallConv(decl, LLVMGetFunctionCallConv(fn));
	LLVMReplaceAllUsesWith(fn, decl);
	LLVMDeleteFunction(fn);
	LLVMSetValueName2(decl, saved, len);
	free(saved);
	free(attrs);
}

void rust_panics_to_declarations(LLVMModuleRef mod)
{
	LLVMValueRef fn, next;

	if (!LLVMGetNamedFunction(mod, "__irbpf_panic"))
		return;
	for (fn = LLVMGetFirstFunction(mod); fn; fn = next) {
		next = LLVMGetNextFunction(fn);
		if (!LLVMIsDeclaration(fn) && is_noreturn(fn) &&
		    is_core_function(LLVMGetValueName(fn)))
			make_declaration(mod, fn);
	}
}
