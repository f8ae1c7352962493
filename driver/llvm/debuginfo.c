// SPDX-License-Identifier: MIT
#include "llvm/debuginfo.h"

#include <stdlib.h>

#include <llvm-c/DebugInfo.h>

int debuginfo_global_has(LLVMValueRef g)
{
	size_t n = 0;
	LLVMValueMetadataEntry *md = LLVMGlobalCopyAllMetadata(g, &n);

	if (md)
		LLVMDisposeValueMetadataEntries(md);
	return n > 0;
}

LLVMMetadataRef debuginfo_operand(LLVMContextRef ctx, LLVMMetadataRef md, unsigned index)
{
	LLVMValueRef v = LLVMMetadataAsValue(ctx, md), *ops, op;
	unsigned n = LLVMGetMDNodeNumOperands(v);

	if (index >= n || !(ops = calloc(n, sizeof(*ops))))
		return NULL;
	LLVMGetMDNodeOperands(v, ops);
	op = ops[index];
	free(ops);
	return op ? LLVMValueAsMetadata(op) : NULL;
}

/* A variable's type is its only operand that is a type node. */
static LLVMMetadataRef variable_type(LLVMContextRef ctx, LLVMMetadataRef var)
{
	unsigned n = LLVMGetMDNodeNumOperands(LLVMMetadataAsValue(ctx, var));

	for (unsigned i = 0; i < n; i++) {
		LLVMMetadataRef op = debuginfo_operand(ctx, var, i);

		if (!op)
			continue;
		switch (LLVMGetMetadataKind(op)) {
		case LLVMDICompositeTypeMetadataKind:
		case LLVMDIDerivedTypeMetadataKind:
		case LLVMDIBasicTypeMetadataKind:
			return op;
		default:
			break;
		}
	}
	return NULL;
}

LLVMMetadataRef debuginfo_global_type(LLVMValueRef g)
{
	LLVMContextRef ctx = LLVMGetModuleContext(LLVMGetGlobalParent(g));
	unsigned dbg = LLVMGetMDKindIDInContext(ctx, "dbg", 3);
	LLVMMetadataRef type = NULL;
	size_t n = 0;
	LLVMValueMetadataEntry *md = LLVMGlobalCopyAllMetadata(g, &n);

	for (size_t i = 0; i < n && !type; i++) {
		LLVMMetadataRef gve = LLVMValueMetadataEntriesGetMetadata(md, (unsigned)i);

		if (LLVMValueMetadataEntriesGetKind(md, (unsigned)i) != dbg ||
		    LLVMGetMetadataKind(gve) != LLVMDIGlobalVariableExpressionMetadataKind)
			continue;
		type = variable_type(ctx, LLVMDIGlobalVariableExpressionGetVariable(gve));
	}
	if (md)
		LLVMDisposeValueMetadataEntries(md);
	return type;
}
