// SPDX-License-Identifier: MIT
/*
 * Stage 4: every symbol the program uses must be defined by now (by an
 * input or the runtime), or be something the loader resolves (kernel
 * functions and variables declared in .ksyms/.kconfig), or be a function
 * that never returns: a panic or abort path, kept as a call through
 * optimisation and lowered to `unreachable` afterwards (lower_panics.c).
 * Anything else is an error naming the first user.
 */
#include "stages/ir/resolve.h"

#include <string.h>

#include "stages/stages.h"

/* Never-returning functions frontends may declare without the attribute. */
static const char *const noreturn_names[] = {
	"abort", "__assert_fail", "__assert_rtn", "__stack_chk_fail", "_exit",
	"exit", "__irbpf_panic", "rust_begin_unwind", "__rust_start_panic",
	"rust_panic",
};

bool resolve_loader_resolved(LLVMValueRef v)
{
	const char *sec = LLVMGetSection(v);

	if (!strncmp(LLVMGetValueName(v), "llvm.", 5))
		return true;
	return sec && (!strcmp(sec, ".ksyms") || !strcmp(sec, ".kconfig"));
}

static unsigned attr_kind(const char *name)
{
	return LLVMGetEnumAttributeKindForName(name, strlen(name));
}

static bool has_fn_attr(LLVMValueRef fn, const char *name)
{
	return LLVMGetEnumAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
					   attr_kind(name)) != NULL;
}

static bool call_is_noreturn(LLVMValueRef call)
{
	return LLVMGetCallSiteEnumAttribute(call, LLVMAttributeFunctionIndex,
					    attr_kind("noreturn")) != NULL;
}

/* Every call of @fn says it does not return. */
static bool all_calls_noreturn(LLVMValueRef fn)
{
	bool any = false;

	for (LLVMUseRef use = LLVMGetFirstUse(fn); use; use = LLVMGetNextUse(use)) {
		LLVMValueRef user = LLVMGetUser(use);

		if (!LLVMIsACallInst(user) || LLVMGetCalledValue(user) != fn ||
		    !call_is_noreturn(user))
			return false;
		any = true;
	}
	return any;
}

static bool noreturn_by_name(LLVMValueRef fn)
{
	const char *name = LLVMGetValueName(fn);

	/* core::panicking::*, in legacy (_ZN4core9panicking...) and v0
	 * (_RNvNtCs..._4core9panicking...) mangling alike. */
	if (strstr(name, "4core9panicking"))
		return true;
	/* A program may define a function of its own called exit. */
	if (!LLVMIsDeclaration(fn))
		return false;
	for (size_t i = 0; i < sizeof(noreturn_names) / sizeof(noreturn_names[0]); i++)
		if (!strcmp(name, noreturn_names[i]))
			return true;
	return false;
}

bool resolve_is_noreturn(LLVMValueRef fn)
{
	return has_fn_attr(fn, "noreturn") || noreturn_by_name(fn) || all_calls_noreturn(fn);
}

/* So that the optimiser treats the call as the end of its path. */
static void mark_noreturn(LLVMValueRef fn)
{
	static const char *const attrs[] = { "noreturn", "nounwind", "cold" };
	LLVMContextRef ctx = LLVMGetModuleContext(LLVMGetGlobalParent(fn));

	for (size_t i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
		LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
					LLVMCreateEnumAttribute(ctx, attr_kind(attrs[i]), 0));
}

static LLVMValueRef first_user_instruction(LLVMValueRef v)
{
	for (LLVMUseRef use = LLVMGetFirstUse(v); use; use = LLVMGetNextUse(use)) {
		LLVMValueRef user = LLVMGetUser(use);

		if (LLVMIsAInstruction(user))
			return user;
	}
	return NULL;
}

static void report_undefined(LLVMValueRef v)
{
	LLVMValueRef inst = first_user_instruction(v);
	const char *name = LLVMGetValueName(v);
	char loc[512];

	if (!inst) {
		diag_error("undefined symbol '%s'", name);
		return;
	}
	LLVMValueRef fn = LLVMGetBasicBlockParent(LLVMGetInstructionParent(inst));
	if (diag_inst_location(inst, loc, sizeof(loc)))
		diag_error("undefined symbol '%s' referenced from '%s' (%s)", name,
			   LLVMGetValueName(fn), loc);
	else
		diag_error("undefined symbol '%s' referenced from '%s'", name,
			   LLVMGetValueName(fn));
}

static bool needs_definition(LLVMValueRef fn)
{
	return LLVMIsDeclaration(fn) && !LLVMGetIntrinsicID(fn) && LLVMGetFirstUse(fn) &&
	       !resolve_loader_resolved(fn) && !resolve_is_noreturn(fn);
}

static int resolve_functions(LLVMModuleRef mod)
{
	LLVMValueRef fn, next;
	int errors = 0;

	for (fn = LLVMGetFirstFunction(mod); fn; fn = next) {
		next = LLVMGetNextFunction(fn);
		if (!LLVMIsDeclaration(fn) || LLVMGetIntrinsicID(fn))
			continue;
		if (!LLVMGetFirstUse(fn)) {
			LLVMDeleteFunction(fn);
			continue;
		}
		if (resolve_loader_resolved(fn))
			continue;
		if (resolve_is_noreturn(fn)) {
			mark_noreturn(fn);
			continue;
		}
		report_undefined(fn);
		errors++;
	}
	return errors;
}

static int resolve_globals(LLVMModuleRef mod)
{
	int errors = 0;

	for (LLVMValueRef g = LLVMGetFirstGlobal(mod); g; g = LLVMGetNextGlobal(g)) {
		if (!LLVMIsDeclaration(g) || resolve_loader_resolved(g) || !LLVMGetFirstUse(g))
			continue;
		report_undefined(g);
		errors++;
	}
	return errors;
}

int resolve_undefined(LLVMModuleRef mod)
{
	return resolve_functions(mod) + resolve_globals(mod);
}

bool resolve_has_pending(LLVMModuleRef mod)
{
	for (LLVMValueRef fn = LLVMGetFirstFunction(mod); fn; fn = LLVMGetNextFunction(fn))
		if (needs_definition(fn))
			return true;
	return false;
}

int stage_resolve(struct irbpf_ctx *ctx)
{
	return resolve_undefined(ctx->module) ? -1 : 0;
}
