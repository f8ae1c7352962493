// SPDX-License-Identifier: MIT
/*
 * What an input says about how it was made, read before linking mixes the
 * inputs with each other and with the runtime: its target, whether it was
 * optimised, which frontend wrote it and in what language.
 */
#include "stages/input/input_kind.h"

#include <stdbool.h>
#include <string.h>

static bool has_prefix(const char *s, const char *prefix)
{
	return s && !strncmp(s, prefix, strlen(prefix));
}

static unsigned attr_kind(const char *name)
{
	return LLVMGetEnumAttributeKindForName(name, strlen(name));
}

/* clang -O0 marks every function it defines optnone. */
static bool has_optnone(LLVMModuleRef mod)
{
	unsigned optnone = attr_kind("optnone");

	for (LLVMValueRef fn = LLVMGetFirstFunction(mod); fn; fn = LLVMGetNextFunction(fn))
		if (!LLVMIsDeclaration(fn) &&
		    LLVMGetEnumAttributeAtIndex(fn, LLVMAttributeFunctionIndex, optnone))
			return true;
	return false;
}

/* "clang version 22.1.8", "Debian clang version ...", "rustc version ...". */
static bool ident_is(const char *ident, const char *frontend)
{
	const char *at = strstr(ident, frontend);

	return at && (at == ident || at[-1] == ' ') &&
	       has_prefix(at + strlen(frontend), " version ");
}

/* INPUT_UNKNOWN_PRODUCER unless every llvm.ident entry names clang or
 * rustc, INPUT_NOT_CLANG unless every one names clang (and there is one),
 * INPUT_RUST if any names rustc. */
static unsigned producer_kind(LLVMModuleRef mod)
{
	const unsigned unknown = INPUT_UNKNOWN_PRODUCER | INPUT_NOT_CLANG;
	unsigned n = LLVMGetNamedMetadataNumOperands(mod, "llvm.ident");
	LLVMValueRef ops[16], str;
	unsigned len, kind = 0;

	if (!n || n > sizeof(ops) / sizeof(ops[0]))
		return unknown;
	LLVMGetNamedMetadataOperands(mod, "llvm.ident", ops);
	for (unsigned i = 0; i < n; i++) {
		const char *ident = NULL;

		if (LLVMGetMDNodeNumOperands(ops[i]) == 1) {
			LLVMGetMDNodeOperands(ops[i], &str);
			if (str && LLVMIsAMDString(str))
				ident = LLVMGetMDString(str, &len);
		}
		if (ident && ident_is(ident, "rustc"))
			kind |= INPUT_RUST | INPUT_NOT_CLANG;
		else if (!ident || !ident_is(ident, "clang"))
			kind |= unknown;
	}
	return kind;
}

/* The value of "field: " in a node printed as text, up to ',' or ')'. */
static bool field_is(const char *text, const char *field, const char *const *values)
{
	const char *v = strstr(text, field);
	size_t len;

	if (!v)
		return false;
	v += strlen(field);
	len = strcspn(v, ",)");
	for (; *values; values++)
		if (strlen(*values) == len && !strncmp(v, *values, len))
			return true;
	return false;
}

/*
 * A compile unit of C written by clang. LLVM-C reads neither a unit's
 * language nor its producer, so both come from the unit printed alone
 * (one node: its operands print as references).
 */
static bool cu_is_clang_c(LLVMValueRef cu)
{
	static const char *const c_languages[] = {
		"DW_LANG_C", "DW_LANG_C89", "DW_LANG_C99", "DW_LANG_C11", "DW_LANG_C17",
		NULL,
	};
	char *text = LLVMPrintValueToString(cu);
	const char *producer = text ? strstr(text, "producer: \"") : NULL;
	bool ok;

	ok = producer && field_is(text, "language: ", c_languages);
	if (ok) {
		producer += strlen("producer: \"");
		ok = ident_is(producer, "clang");
	}
	LLVMDisposeMessage(text);
	return ok;
}

/* Debug info from clang's C front end: names and types are C's. */
static bool clang_c_debug_info(LLVMModuleRef mod)
{
	unsigned n = LLVMGetNamedMetadataNumOperands(mod, "llvm.dbg.cu");
	LLVMValueRef cus[16];

	if (!n || n > sizeof(cus) / sizeof(cus[0]))
		return false;
	LLVMGetNamedMetadataOperands(mod, "llvm.dbg.cu", cus);
	for (unsigned i = 0; i < n; i++)
		if (!cu_is_clang_c(cus[i]))
			return false;
	return true;
}

unsigned input_kind(LLVMModuleRef mod)
{
	unsigned kind = 0;

	if (!has_prefix(LLVMGetTarget(mod), "bpf"))
		kind |= INPUT_HOST_TARGET;
	if (has_optnone(mod))
		kind |= INPUT_UNOPTIMISED;
	kind |= producer_kind(mod);
	if (!clang_c_debug_info(mod))
		kind |= INPUT_NOT_CLANG_C;
	return kind;
}
