// SPDX-License-Identifier: MIT
/*
 * Debug info → BTF the kernel accepts. The BPF backend turns debug info
 * into .BTF as it is; the kernel then rejects the whole BTF for a single
 * name that is not a C identifier (Rust's "Option<u32>", "&str",
 * "read_volatile<T>"), a zero-sized int ("()") or a type BTF has no kind
 * for. This walks every debug-info node reachable from the module and
 * rewrites those in place (see btf.h).
 *
 * Nodes are edited through their operands. A uniqued node whose new
 * operands make it identical to another node is merged into that one by
 * LLVM; the new names are the old ones made valid, so that only happens
 * when the input already had both spellings of a name on otherwise equal
 * nodes, which no frontend produces.
 */
#include "stages/ir/btf.h"

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <llvm-c/DebugInfo.h>

#include "llvm/btf_walk.h"
#include "llvm/debuginfo.h"
#include "stages/input/input_kind.h"
#include "stages/ir/btf_cycles.h"
#include "stages/stages.h"

enum {
	DW_TAG_class_type = 0x02,
	DW_TAG_structure_type = 0x13,
	DW_TAG_pointer_type = 0x0f,
	DW_TAG_const_type = 0x26,
	DW_TAG_volatile_type = 0x35,
	DW_TAG_restrict_type = 0x37,
	DW_ATE_unsigned = 0x08,
	HASH_HEX = 16,
	COMPOSITE_ELEMENTS = 6,		/* operand index of DICompositeType's members */
};

static uint64_t fnv1a(const char *s, size_t len)
{
	uint64_t h = 0xcbf29ce484222325ULL;

	for (size_t i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

static int ident_char(char c, int first)
{
	return c == '_' || (first ? isalpha((unsigned char)c) : isalnum((unsigned char)c));
}

static int is_identifier(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (!ident_char(s[i], i == 0))
			return 0;
	return 1;
}

char *btf_sanitize_name(const char *name, size_t len)
{
	size_t keep = BTF_NAME_MAX - 1 - HASH_HEX, n = 0;
	char *out;

	errno = 0;
	if (!len || (len <= BTF_NAME_MAX && is_identifier(name, len)))
		return NULL;
	out = malloc(len + 2 + HASH_HEX + 1);
	if (!out)
		return NULL;
	if (!ident_char(name[0], 1) && isdigit((unsigned char)name[0]))
		out[n++] = '_';
	for (size_t i = 0; i < len; i++)
		out[n++] = ident_char(name[i], 0) ? name[i] : '_';
	if (n > BTF_NAME_MAX)
		n = keep + (size_t)snprintf(out + keep, 2 + HASH_HEX + 1, "_%016llx",
					    (unsigned long long)fnv1a(name, len));
	out[n] = '\0';
	return out;
}

/* Operand indices of the name(s) of a debug-info node, by kind. Basic
 * types become BTF INT/FLOAT, whose names the kernel takes as they are
 * ("unsigned int"). */
static unsigned name_operands(LLVMMetadataKind kind, unsigned idx[2])
{
	switch (kind) {
	case LLVMDIDerivedTypeMetadataKind:
	case LLVMDICompositeTypeMetadataKind:
	case LLVMDISubprogramMetadataKind:
		idx[0] = 2;
		return 1;
	case LLVMDIGlobalVariableMetadataKind:
		idx[0] = 1;	/* name */
		idx[1] = 4;	/* display name */
		return 2;
	case LLVMDILocalVariableMetadataKind:
		idx[0] = 1;
		return 1;
	case LLVMDIEnumeratorMetadataKind:
		idx[0] = 0;
		return 1;
	default:
		return 0;
	}
}

/* BTF pointers and modifiers are anonymous. */
static int must_be_anonymous(LLVMMetadataRef md)
{
	unsigned tag;

	if (LLVMGetMetadataKind(md) != LLVMDIDerivedTypeMetadataKind)
		return 0;
	tag = LLVMGetDINodeTag(md);
	return tag == DW_TAG_pointer_type || tag == DW_TAG_const_type ||
	       tag == DW_TAG_volatile_type || tag == DW_TAG_restrict_type;
}

static int rename_operand(struct btf_walk *w, LLVMMetadataRef md, unsigned idx, int anonymous)
{
	LLVMValueRef node = LLVMMetadataAsValue(w->ctx, md), op, *ops;
	const char *name;
	unsigned len, n;
	char *fixed;

	ops = btf_walk_operands(w, node, &n);
	op = ops && idx < n ? ops[idx] : NULL;
	if (!op || !LLVMIsAMDString(op))
		return 0;
	name = LLVMGetMDString(op, &len);
	if (!name || !len)
		return 0;
	if (anonymous) {
		LLVMReplaceMDNodeOperandWith(node, idx, LLVMMDStringInContext2(w->ctx, "", 0));
		return 1;
	}
	fixed = btf_sanitize_name(name, len);
	if (!fixed)
		return errno ? -1 : 0;
	LLVMReplaceMDNodeOperandWith(node, idx,
				     LLVMMDStringInContext2(w->ctx, fixed, strlen(fixed)));
	free(fixed);
	return 1;
}

/* A type whose name already meets the rules, read without fetching the
 * node's operands (which costs a value handle per operand). */
static int type_name_ok(LLVMMetadataRef md, LLVMMetadataKind kind, int anonymous)
{
	const char *name;
	size_t len;

	if (kind != LLVMDIDerivedTypeMetadataKind && kind != LLVMDICompositeTypeMetadataKind)
		return 0;
	name = LLVMDITypeGetName(md, &len);
	if (!len)
		return 1;
	return !anonymous && len <= BTF_NAME_MAX && is_identifier(name, len);
}

static int rename_nodes(struct btf_walk *w)
{
	int changed = 0;

	for (size_t i = 0; i < w->n_nodes; i++) {
		LLVMMetadataRef md = w->nodes[i];
		LLVMMetadataKind kind = LLVMGetMetadataKind(md);
		unsigned idx[2], n = name_operands(kind, idx);
		int anonymous = must_be_anonymous(md);

		if (n && type_name_ok(md, kind, anonymous))
			continue;

		for (unsigned j = 0; j < n; j++) {
			int r = rename_operand(w, md, idx[j], anonymous);

			if (r < 0)
				return -1;
			changed += r;
		}
	}
	return changed;
}

/* "encoding: DW_ATE_x" as LLVM prints the node; the C API has no getter. */
static int supported_encoding(LLVMContextRef ctx, LLVMMetadataRef md)
{
	static const char *const ok[] = {
		"DW_ATE_boolean", "DW_ATE_signed", "DW_ATE_unsigned", "DW_ATE_float",
	};
	char *text = LLVMPrintValueToString(LLVMMetadataAsValue(ctx, md));
	const char *enc = strstr(text, "encoding: ");
	int found = 0;

	if (!enc) {
		LLVMDisposeMessage(text);
		return 1;	/* no encoding: BTF makes nothing of it, harmlessly */
	}
	enc += strlen("encoding: ");
	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]) && !found; i++) {
		size_t n = strlen(ok[i]);

		/* DW_ATE_signed also covers DW_ATE_signed_char, likewise unsigned. */
		found = !strncmp(enc, ok[i], n) &&
			(!isalnum((unsigned char)enc[n]) || !strncmp(enc + n, "_char", 5));
	}
	LLVMDisposeMessage(text);
	return found;
}

/* The stand-in for a basic type BTF cannot hold, or NULL if it can. */
static LLVMMetadataRef replacement_for(struct btf_walk *w, LLVMDIBuilderRef b,
				       LLVMMetadataRef md)
{
	uint64_t bits = LLVMDITypeGetSizeInBits(md);
	size_t len;
	const char *name = LLVMDITypeGetName(md, &len);
	char *fixed = btf_sanitize_name(name, len);
	const char *use = fixed ? fixed : name;
	size_t use_len = fixed ? strlen(fixed) : len;
	LLVMMetadataRef r = NULL;

	if (bits == 8 || bits == 16 || bits == 32 || bits == 64 || bits == 128) {
		if (!supported_encoding(w->ctx, md))
			r = LLVMDIBuilderCreateBasicType(b, use, use_len, bits, DW_ATE_unsigned,
							 LLVMDIFlagZero);
	} else {
		r = LLVMDIBuilderCreateStructType(b, NULL, use, use_len, NULL, 0, bits, 8,
						  LLVMDIFlagZero, NULL, NULL, 0, 0, NULL, "", 0);
	}
	free(fixed);
	return r;
}

/* Points every reference to an unsupported basic type at its stand-in. */
static int replace_basic_types(struct btf_walk *w, LLVMModuleRef mod)
{
	LLVMDIBuilderRef b = LLVMCreateDIBuilder(mod);
	int changed = 0, stand_ins = 0;

	for (size_t i = 0; i < w->n_nodes; i++) {
		LLVMMetadataRef md = w->nodes[i];

		if (LLVMGetMetadataKind(md) == LLVMDIBasicTypeMetadataKind)
			w->subst[i] = replacement_for(w, b, md);
		stand_ins += w->subst[i] != NULL;
	}
	/* C's basic types all fit: then no node needs looking at again. */
	for (size_t i = 0; stand_ins && i < w->n_nodes; i++) {
		LLVMValueRef node = LLVMMetadataAsValue(w->ctx, w->nodes[i]);
		unsigned n;
		LLVMValueRef *ops = btf_walk_operands(w, node, &n);

		for (unsigned j = 0; ops && j < n; j++) {
			LLVMMetadataRef to = ops[j] ? btf_walk_substitute(w, ops[j]) : NULL;

			if (to) {
				LLVMReplaceMDNodeOperandWith(node, j, to);
				changed++;
			}
		}
	}
	LLVMDIBuilderFinalize(b);
	LLVMDisposeDIBuilder(b);
	return changed;
}

struct member {
	LLVMMetadataRef md;
	uint64_t offset;
	size_t index;
};

static int by_offset(const void *a, const void *b)
{
	const struct member *x = a, *y = b;

	if (x->offset != y->offset)
		return x->offset < y->offset ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

/* Reads the members of tuple @elems; returns 1 if they are out of
 * offset order, 0 if in order, -1 if not members or out of memory. */
static int read_members(LLVMValueRef elems, struct member **out, unsigned *count)
{
	unsigned n = LLVMGetMDNodeNumOperands(elems);
	LLVMValueRef *ops = calloc(n ? n : 1, sizeof(*ops));
	struct member *m = calloc(n ? n : 1, sizeof(*m));
	int unsorted = 0;

	if (!ops || !m)
		goto fail;
	LLVMGetMDNodeOperands(elems, ops);
	for (unsigned i = 0; i < n; i++) {
		LLVMMetadataKind k;

		if (!ops[i] || !LLVMIsAMDNode(ops[i]))
			goto fail;
		m[i].md = LLVMValueAsMetadata(ops[i]);
		k = LLVMGetMetadataKind(m[i].md);
		if (k != LLVMDIDerivedTypeMetadataKind && k != LLVMDICompositeTypeMetadataKind)
			goto fail;
		m[i].offset = LLVMDITypeGetOffsetInBits(m[i].md);
		m[i].index = i;
		unsorted |= i && m[i].offset < m[i - 1].offset;
	}
	free(ops);
	*out = m;
	*count = n;
	return unsorted;
fail:
	free(ops);
	free(m);
	return -1;
}

/* The kernel wants struct members in offset order; Rust lists them in
 * declaration order while laying them out in another. */
static int sort_members(struct btf_walk *w)
{
	int changed = 0;

	for (size_t i = 0; i < w->n_nodes; i++) {
		LLVMMetadataRef md = w->nodes[i];
		LLVMValueRef node = LLVMMetadataAsValue(w->ctx, md), *ops, elems;
		LLVMMetadataRef *sorted;
		struct member *m;
		unsigned n, tag;

		if (LLVMGetMetadataKind(md) != LLVMDICompositeTypeMetadataKind)
			continue;
		tag = LLVMGetDINodeTag(md);
		ops = btf_walk_operands(w, node, &n);
		if ((tag != DW_TAG_structure_type && tag != DW_TAG_class_type) || !ops ||
		    n <= COMPOSITE_ELEMENTS || !(elems = ops[COMPOSITE_ELEMENTS]) ||
		    !LLVMIsAMDNode(elems) ||
		    LLVMGetMetadataKind(LLVMValueAsMetadata(elems)) != LLVMMDTupleMetadataKind)
			continue;
		m = NULL;
		if (read_members(elems, &m, &n) != 1 || !(sorted = calloc(n, sizeof(*sorted)))) {
			free(m);
			continue;
		}
		qsort(m, n, sizeof(*m), by_offset);
		for (unsigned j = 0; j < n; j++)
			sorted[j] = m[j].md;
		LLVMReplaceMDNodeOperandWith(node, COMPOSITE_ELEMENTS,
					     LLVMMDNodeInContext2(w->ctx, sorted, n));
		free(sorted);
		free(m);
		changed++;
	}
	return changed;
}

/* BTF variable names are symbol names; the kernel takes [A-Za-z0-9_.],
 * so clang's "func.static_var" stays as it is. */
static int var_name_ok(const char *s, size_t len)
{
	if (len > BTF_NAME_MAX)
		return 0;
	for (size_t i = 0; i < len; i++)
		if (!ident_char(s[i], i == 0) && s[i] != '.')
			return 0;
	return 1;
}

static int rename_globals(LLVMModuleRef mod)
{
	int changed = 0;

	for (LLVMValueRef g = LLVMGetFirstGlobal(mod); g; g = LLVMGetNextGlobal(g)) {
		size_t len;
		const char *name = LLVMGetValueName2(g, &len);
		char *fixed, unique[BTF_NAME_MAX + 24];

		if (LLVMGetLinkage(g) != LLVMInternalLinkage || !debuginfo_global_has(g) ||
		    var_name_ok(name, len))
			continue;
		fixed = btf_sanitize_name(name, len);
		if (!fixed)
			continue;
		snprintf(unique, sizeof(unique), "%s", fixed);
		for (unsigned k = 1; LLVMGetNamedGlobal(mod, unique) ||
				     LLVMGetNamedFunction(mod, unique); k++)
			snprintf(unique, sizeof(unique), "%s_%u", fixed, k);
		LLVMSetValueName2(g, unique, strlen(unique));
		free(fixed);
		changed++;
	}
	return changed;
}

int btf_sanitize_module(LLVMModuleRef mod)
{
	struct btf_walk w;
	int renamed, replaced, cycle;

	if (btf_walk_module(&w, mod))
		return -1;
	cycle = btf_check_type_cycles(&w);
	if (cycle) {
		btf_walk_free(&w);
		return cycle < 0 ? -1 : -2;
	}
	replaced = replace_basic_types(&w, mod);
	replaced += sort_members(&w);
	renamed = rename_nodes(&w);
	btf_walk_free(&w);
	if (renamed < 0)
		return -1;
	return renamed + replaced + rename_globals(mod);
}

/*
 * Debug info that clang wrote for C needs no fix: its names are C
 * identifiers, its types all have BTF kinds, its members are in offset
 * order. Walking a CO-RE program's (vmlinux.h's type graph) costs as much
 * as its code generation, so only other inputs are walked: Rust, C++,
 * unknown producers, and inputs without debug info (whose map stand-ins
 * the maps stage may have described).
 */
int stage_btf(struct irbpf_ctx *ctx)
{
	int n;

	if (!(ctx->input_kinds & INPUT_NOT_CLANG_C)) {
		if (ctx->opts->verbose)
			fputs("    (debug info from clang's C: nothing to fix)\n", stderr);
		return 0;
	}
	n = btf_sanitize_module(ctx->module);

	if (n == -2)
		return -1;
	if (n < 0) {
		diag_error("out of memory while sanitising debug info");
		return -1;
	}
	if (ctx->opts->verbose && n)
		fprintf(stderr, "irbpf: btf: %d debug-info fix%s for the kernel's BTF rules\n",
			n, n == 1 ? "" : "es");
	return 0;
}
