// SPDX-License-Identifier: MIT
/*
 * Type chains in debug info that loop without passing through a struct
 * or union (a pointer whose base type is itself, an array of itself):
 * valid C cannot make them, LLVM's verifier lets them through, and the
 * BPF backend's CO-RE and BTF passes then walk them forever.
 */
#include "stages/ir/btf_cycles.h"

#include <stdlib.h>

#include <llvm-c/DebugInfo.h>

#include "diag/diag.h"

enum {
	DW_TAG_array_type = 0x01,
	TYPE_BASE = 5,		/* operand index of a DIType's base type */
};

enum { UNSEEN, ON_PATH, DONE };

/* Pointers, typedefs, qualifiers and arrays lead on to their base type. */
static int is_chain_node(LLVMMetadataRef md)
{
	switch (LLVMGetMetadataKind(md)) {
	case LLVMDIDerivedTypeMetadataKind:
		return 1;
	case LLVMDICompositeTypeMetadataKind:
		return LLVMGetDINodeTag(md) == DW_TAG_array_type;
	default:
		return 0;
	}
}

static long base_of(struct btf_walk *w, size_t i)
{
	LLVMValueRef *ops;
	unsigned n;

	if (!is_chain_node(w->nodes[i]))
		return -1;
	ops = btf_walk_operands(w, LLVMMetadataAsValue(w->ctx, w->nodes[i]), &n);
	return ops && n > TYPE_BASE ? btf_walk_index(w, ops[TYPE_BASE]) : -1;
}

static void report(LLVMMetadataRef md)
{
	size_t len = 0;
	const char *name = LLVMDITypeGetName(md, &len);

	if (len)
		diag_error("invalid debug info: type '%.*s' is its own base type "
			   "(a chain of pointers, typedefs or arrays loops)", (int)len, name);
	else
		diag_error("invalid debug info: a type is its own base type "
			   "(a chain of pointers, typedefs or arrays loops)");
}

/* Follows each chain once, marking what is on the current path. */
int btf_check_type_cycles(struct btf_walk *w)
{
	unsigned char *state = calloc(w->n_nodes ? w->n_nodes : 1, 1);
	int found = 0;

	if (!state)
		return -1;
	for (size_t i = 0; i < w->n_nodes && !found; i++) {
		long j = (long)i, k;

		while (j >= 0 && state[j] == UNSEEN) {
			state[j] = ON_PATH;
			j = base_of(w, (size_t)j);
		}
		if (j >= 0 && state[j] == ON_PATH) {
			report(w->nodes[j]);
			found = 1;
		}
		for (k = (long)i; k >= 0 && state[k] == ON_PATH; k = base_of(w, (size_t)k))
			state[k] = DONE;
	}
	free(state);
	return found;
}
