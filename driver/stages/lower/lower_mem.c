// SPDX-License-Identifier: MIT
/*
 * After optimisation: the memcpy, memmove and memset the BPF backend
 * cannot expand inline (variable length, or longer than it expands)
 * would become libcalls it refuses ("A call to built-in function 'memcpy'
 * is not supported"). Each becomes a call of the runtime's bounded loop
 * instead, linked in on demand together with anything else the optimiser
 * made the program call (memcmp turned into bcmp, ...).
 */
#include <string.h>

#include <llvm-c/DebugInfo.h>
#include "llvm/passes.h"

#include "stages/input/runtime.h"
#include "stages/ir/resolve.h"
#include "stages/stages.h"

/*
 * What the backend expands inline (LLVM 22, measured): memcpy and memset
 * up to 1024 bytes at any alignment; memmove loads everything before it
 * stores, so beyond 64 stores it runs out of registers and stack.
 */
#define BPF_MAX_INLINE_BYTES 1024
#define BPF_MAX_INLINE_MOVE_STORES 64

struct mem_kind {
	const char *intrinsic;	/* name prefix */
	const char *impl;	/* runtime function */
	bool has_src;		/* memcpy/memmove: (dst, src, len) */
	bool is_move;
};

static const struct mem_kind mem_kinds[] = {
	{ "llvm.memcpy.", "__irbpf_memcpy", true, false },
	{ "llvm.memmove.", "__irbpf_memmove", true, true },
	{ "llvm.memset.", "__irbpf_memset", false, false },
};

static const struct mem_kind *mem_kind_of(LLVMValueRef fn)
{
	const char *name = LLVMGetValueName(fn);

	/* llvm.memcpy.inline and llvm.memset.inline are always expanded. */
	if (strstr(name, ".inline."))
		return NULL;
	for (size_t i = 0; i < sizeof(mem_kinds) / sizeof(mem_kinds[0]); i++)
		if (!strncmp(name, mem_kinds[i].intrinsic, strlen(mem_kinds[i].intrinsic)))
			return &mem_kinds[i];
	return NULL;
}

static unsigned long long arg_align(LLVMValueRef call, unsigned arg)
{
	static const char align[] = "align";
	unsigned kind = LLVMGetEnumAttributeKindForName(align, sizeof(align) - 1);
	LLVMAttributeRef a = LLVMGetCallSiteEnumAttribute(call, arg + 1, kind);

	return a ? LLVMGetEnumAttributeValue(a) : 1;
}

/* Variable length, or more than the backend expands inline. */
static bool needs_runtime(LLVMValueRef call, const struct mem_kind *k)
{
	LLVMValueRef len = LLVMGetOperand(call, 2);
	unsigned long long n, align;

	if (!LLVMIsAConstantInt(len))
		return true;
	n = LLVMConstIntGetZExtValue(len);
	if (!k->is_move)
		return n > BPF_MAX_INLINE_BYTES;
	align = arg_align(call, 0);
	if (arg_align(call, 1) < align)
		align = arg_align(call, 1);
	if (align > 8)
		align = 8;
	return (n + align - 1) / align > BPF_MAX_INLINE_MOVE_STORES;
}

static LLVMTypeRef impl_type(LLVMContextRef llvm, const struct mem_kind *k)
{
	LLVMTypeRef ptr = LLVMPointerTypeInContext(llvm, 0);
	LLVMTypeRef params[3] = { ptr, k->has_src ? ptr : LLVMInt32TypeInContext(llvm),
				  LLVMInt64TypeInContext(llvm) };

	return LLVMFunctionType(ptr, params, 3, 0);
}

/* The runtime function, or a declaration of it that the runtime will
 * define. */
static LLVMValueRef impl_function(LLVMModuleRef mod, const struct mem_kind *k)
{
	LLVMValueRef fn = LLVMGetNamedFunction(mod, k->impl);

	if (fn)
		return fn;
	return LLVMAddFunction(mod, k->impl, impl_type(LLVMGetModuleContext(mod), k));
}

static LLVMValueRef to_width(LLVMBuilderRef b, LLVMValueRef v, LLVMTypeRef to)
{
	unsigned from = LLVMGetIntTypeWidth(LLVMTypeOf(v)), want = LLVMGetIntTypeWidth(to);

	if (from == want)
		return v;
	return from < want ? LLVMBuildZExt(b, v, to, "") : LLVMBuildTrunc(b, v, to, "");
}

static void rewrite_call(LLVMBuilderRef b, LLVMValueRef call, const struct mem_kind *k,
			 LLVMValueRef impl)
{
	LLVMTypeRef fnty = LLVMGlobalGetValueType(impl);
	LLVMTypeRef params[3];
	LLVMValueRef args[3], repl;

	LLVMGetParamTypes(fnty, params);
	LLVMPositionBuilderBefore(b, call);
	args[0] = LLVMGetOperand(call, 0);
	args[1] = k->has_src ? LLVMGetOperand(call, 1) :
			       to_width(b, LLVMGetOperand(call, 1), params[1]);
	args[2] = to_width(b, LLVMGetOperand(call, 2), params[2]);
	repl = LLVMBuildCall2(b, fnty, impl, args, 3, "");
	LLVMInstructionSetDebugLoc(repl, LLVMInstructionGetDebugLoc(call));
	LLVMInstructionEraseFromParent(call);
}

static void report_no_runtime(LLVMValueRef call)
{
	LLVMValueRef fn = LLVMGetBasicBlockParent(LLVMGetInstructionParent(call));
	char loc[512];

	if (diag_inst_location(call, loc, sizeof(loc)))
		diag_error("'%s' copies or sets memory of variable or large size (%s), "
			   "which needs the runtime: drop --no-runtime",
			   LLVMGetValueName(fn), loc);
	else
		diag_error("'%s' copies or sets memory of variable or large size, "
			   "which needs the runtime: drop --no-runtime", LLVMGetValueName(fn));
}

/* Rewrites the calls of one intrinsic declaration; -1 after an error. */
static int lower_intrinsic(struct irbpf_ctx *ctx, LLVMBuilderRef b, LLVMValueRef decl,
			   const struct mem_kind *k)
{
	LLVMUseRef use = LLVMGetFirstUse(decl);

	while (use) {
		LLVMValueRef call = LLVMGetUser(use);

		use = LLVMGetNextUse(use);
		if (!LLVMIsACallInst(call) || !needs_runtime(call, k))
			continue;
		if (ctx->opts->no_runtime) {
			report_no_runtime(call);
			return -1;
		}
		rewrite_call(b, call, k, impl_function(ctx->module, k));
	}
	return 0;
}

int stage_lower_mem(struct irbpf_ctx *ctx)
{
	LLVMBuilderRef b = LLVMCreateBuilderInContext(ctx->llvm);
	LLVMValueRef fn, next;
	int ret = 0;

	for (fn = LLVMGetFirstFunction(ctx->module); fn && !ret; fn = next) {
		const struct mem_kind *k = mem_kind_of(fn);

		next = LLVMGetNextFunction(fn);
		if (k && LLVMGetIntrinsicID(fn))
			ret = lower_intrinsic(ctx, b, fn, k);
	}
	LLVMDisposeBuilder(b);
	if (ret)
		return -1;
	if (!ctx->opts->no_runtime && resolve_has_pending(ctx->module)) {
		/* The runtime's entry points wrap static loops (see
		 * runtime/mem.c): inline the wrappers. */
		if (runtime_link(ctx, true) < 0 ||
		    passes_run(ctx->module, ctx->tm, "always-inline", "inlining the runtime"))
			return -1;
	}
	return resolve_undefined(ctx->module) ? -1 : 0;
}
