// SPDX-License-Identifier: MIT
/* Collects the debug-info nodes of a module (see btf_walk.h). */
#include "llvm/btf_walk.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <llvm-c/DebugInfo.h>

static size_t slot_of(const struct btf_walk *w, LLVMMetadataRef md)
{
	size_t h = (size_t)(((uintptr_t)md >> 4) * 0x9e3779b97f4a7c15ULL);
	size_t mask = w->n_slots - 1;

	for (size_t i = h & mask;; i = (i + 1) & mask)
		if (!w->keys[i] || w->keys[i] == md)
			return i;
}

static int rehash(struct btf_walk *w, size_t slots)
{
	LLVMMetadataRef *keys = calloc(slots, sizeof(*keys));
	size_t *index = calloc(slots, sizeof(*index));

	if (!keys || !index) {
		free(keys);
		free(index);
		return -1;
	}
	free(w->keys);
	free(w->index);
	w->keys = keys;
	w->index = index;
	w->n_slots = slots;
	for (size_t i = 0; i < w->n_nodes; i++) {
		size_t s = slot_of(w, w->nodes[i]);

		w->keys[s] = w->nodes[i];
		w->index[s] = i;
	}
	return 0;
}

static int grow(struct btf_walk *w)
{
	size_t cap = w->cap ? 2 * w->cap : 256;
	LLVMMetadataRef *nodes = realloc(w->nodes, cap * sizeof(*nodes));

	if (!nodes)
		return -1;
	w->nodes = nodes;
	w->cap = cap;
	return rehash(w, 2 * cap);
}

/* Nodes only: strings and values carry no further metadata. */
static int is_node(LLVMMetadataRef md)
{
	switch (LLVMGetMetadataKind(md)) {
	case LLVMMDStringMetadataKind:
	case LLVMConstantAsMetadataMetadataKind:
	case LLVMLocalAsMetadataMetadataKind:
	case LLVMDistinctMDOperandPlaceholderMetadataKind:
	case LLVMDIArgListMetadataKind:
		return 0;
	default:
		return 1;
	}
}

static int add(struct btf_walk *w, LLVMMetadataRef md)
{
	size_t s;

	if (!md || !is_node(md))
		return 0;
	if (w->n_nodes == w->cap && grow(w))
		return -1;
	s = slot_of(w, md);
	if (w->keys[s])
		return 0;
	w->keys[s] = md;
	w->index[s] = w->n_nodes;
	w->nodes[w->n_nodes++] = md;
	return 0;
}

LLVMValueRef *btf_walk_operands(struct btf_walk *w, LLVMValueRef node, unsigned *n)
{
	*n = LLVMGetMDNodeNumOperands(node);
	if (*n > w->ops_cap) {
		LLVMValueRef *ops = realloc(w->ops, *n * sizeof(*ops));

		if (!ops)
			return NULL;
		w->ops = ops;
		w->ops_cap = *n;
	}
	if (*n)
		LLVMGetMDNodeOperands(node, w->ops);
	return w->ops;
}

static int add_value(struct btf_walk *w, LLVMValueRef v)
{
	return v && LLVMIsAMDNode(v) ? add(w, LLVMValueAsMetadata(v)) : 0;
}

/* Adds every node of a metadata attachment list, then frees the list. */
static int add_entries(struct btf_walk *w, LLVMValueMetadataEntry *md, size_t n)
{
	int err = 0;

	for (size_t i = 0; i < n && !err; i++)
		err = add(w, LLVMValueMetadataEntriesGetMetadata(md, (unsigned)i));
	if (md)
		LLVMDisposeValueMetadataEntries(md);
	return err;
}

static int add_global_entries(struct btf_walk *w, LLVMValueRef g)
{
	size_t n = 0;
	LLVMValueMetadataEntry *md = LLVMGlobalCopyAllMetadata(g, &n);

	return add_entries(w, md, n);
}

static int add_inst_entries(struct btf_walk *w, LLVMValueRef inst)
{
	size_t n = 0;
	LLVMValueMetadataEntry *md = LLVMInstructionGetAllMetadataOtherThanDebugLoc(inst, &n);

	return add_entries(w, md, n);
}

static int add_roots(struct btf_walk *w, LLVMModuleRef mod)
{
	unsigned n = LLVMGetNamedMetadataNumOperands(mod, "llvm.dbg.cu");
	LLVMValueRef *cus = calloc(n ? n : 1, sizeof(*cus));
	int err = !cus;

	if (cus && n)
		LLVMGetNamedMetadataOperands(mod, "llvm.dbg.cu", cus);
	for (unsigned i = 0; i < n && !err; i++)
		err = add_value(w, cus[i]);
	free(cus);
	for (LLVMValueRef g = LLVMGetFirstGlobal(mod); g && !err; g = LLVMGetNextGlobal(g))
		err = add_global_entries(w, g);
	for (LLVMValueRef f = LLVMGetFirstFunction(mod); f && !err; f = LLVMGetNextFunction(f)) {
		err = add_global_entries(w, f);
		for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(f); bb && !err;
		     bb = LLVMGetNextBasicBlock(bb))
			for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i && !err;
			     i = LLVMGetNextInstruction(i))
				err = add_inst_entries(w, i);
	}
	return err ? -1 : 0;
}

int btf_walk_module(struct btf_walk *w, LLVMModuleRef mod)
{
	memset(w, 0, sizeof(*w));
	w->ctx = LLVMGetModuleContext(mod);
	if (add_roots(w, mod))
		goto fail;
	for (size_t i = 0; i < w->n_nodes; i++) {
		unsigned n;
		LLVMValueRef *ops = btf_walk_operands(w, LLVMMetadataAsValue(w->ctx, w->nodes[i]), &n);

		if (!ops && n)
			goto fail;
		for (unsigned j = 0; j < n; j++)
			if (add_value(w, ops[j]))
				goto fail;
	}
	w->subst = calloc(w->n_nodes ? w->n_nodes : 1, sizeof(*w->subst));
	if (!w->subst)
		goto fail;
	return 0;
fail:
	btf_walk_free(w);
	return -1;
}

long btf_walk_index(const struct btf_walk *w, LLVMValueRef op)
{
	size_t s;

	if (!op || !LLVMIsAMDNode(op) || !w->n_slots)
		return -1;
	s = slot_of(w, LLVMValueAsMetadata(op));
	return w->keys[s] ? (long)w->index[s] : -1;
}

LLVMMetadataRef btf_walk_substitute(struct btf_walk *w, LLVMValueRef op)
{
	long i = btf_walk_index(w, op);

	return i < 0 ? NULL : w->subst[i];
}

void btf_walk_free(struct btf_walk *w)
{
	free(w->nodes);
	free(w->subst);
	free(w->keys);
	free(w->index);
	free(w->ops);
	memset(w, 0, sizeof(*w));
}
