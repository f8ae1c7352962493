/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_BTF_WALK_H
#define IRBPF_BTF_WALK_H

#include <stddef.h>

#include <llvm-c/Core.h>

/* Every metadata node reachable from a module's compile units, global and
 * function attachments and instruction attachments, in a stable order
 * (breadth first from the module's own order). */
struct btf_walk {
	LLVMContextRef ctx;
	LLVMMetadataRef *nodes;
	LLVMMetadataRef *subst;		/* per node: stand-in to use, or NULL */
	size_t n_nodes, cap;
	LLVMMetadataRef *keys;		/* open-addressing index of nodes */
	size_t *index;
	size_t n_slots;
	LLVMValueRef *ops;		/* operand buffer of btf_walk_operands() */
	unsigned ops_cap;
};

/* Returns 0, or -1 when out of memory. */
int btf_walk_module(struct btf_walk *w, LLVMModuleRef mod);
void btf_walk_free(struct btf_walk *w);

/* The operands of @node (valid until the next call), their count in @n. */
LLVMValueRef *btf_walk_operands(struct btf_walk *w, LLVMValueRef node, unsigned *n);

/* The position of operand @op in the walk's nodes, or -1. */
long btf_walk_index(const struct btf_walk *w, LLVMValueRef op);

/* The stand-in recorded for operand @op (a node of the walk), or NULL. */
LLVMMetadataRef btf_walk_substitute(struct btf_walk *w, LLVMValueRef op);

#endif
