// SPDX-License-Identifier: MIT
/*
 * Key and value types of a typed map. The Rust crate declares a map as
 * `struct { def: [u32; 7], key: *const K, value: *const V }`: the pointers
 * are null, but the frontend's debug info for them names K and V (the
 * struct may sit in single-field wrappers, `HashMap<K, V>` in Rust). The
 * BTF-defined map then gets `__type(key, K)` and `__type(value, V)`
 * members instead of plain sizes, so loaders and bpftool see the fields.
 */
#include "stages/ir/maps_types.h"

#include <string.h>

#include <llvm-c/DebugInfo.h>

#include "llvm/debuginfo.h"

enum { DW_TAG_pointer_type = 0x0f, DW_TAG_member = 0x0d };

/* The members of struct @type, and their count in @n. */
static LLVMMetadataRef members(LLVMContextRef ctx, LLVMMetadataRef type, unsigned *n)
{
	LLVMMetadataRef elems;

	*n = 0;
	if (!type || LLVMGetMetadataKind(type) != LLVMDICompositeTypeMetadataKind)
		return NULL;
	elems = debuginfo_operand(ctx, type, DEBUGINFO_COMPOSITE_ELEMENTS);
	if (!elems || LLVMGetMetadataKind(elems) != LLVMMDTupleMetadataKind)
		return NULL;
	*n = LLVMGetMDNodeNumOperands(LLVMMetadataAsValue(ctx, elems));
	return elems;
}

static LLVMMetadataRef member_at(LLVMContextRef ctx, LLVMMetadataRef elems, unsigned i)
{
	LLVMMetadataRef m = debuginfo_operand(ctx, elems, i);

	if (!m || LLVMGetMetadataKind(m) != LLVMDIDerivedTypeMetadataKind ||
	    LLVMGetDINodeTag(m) != DW_TAG_member)
		return NULL;
	return m;
}

/* The type member @name of struct @type points to. */
static LLVMMetadataRef pointee_of_member(LLVMContextRef ctx, LLVMMetadataRef type,
					 const char *name)
{
	unsigned n;
	LLVMMetadataRef elems = members(ctx, type, &n);

	for (unsigned i = 0; i < n; i++) {
		LLVMMetadataRef m = member_at(ctx, elems, i), ptr;
		size_t len = 0;
		const char *mname;

		if (!m)
			continue;
		mname = LLVMDITypeGetName(m, &len);
		if (len != strlen(name) || memcmp(mname, name, len))
			continue;
		ptr = debuginfo_operand(ctx, m, DEBUGINFO_TYPE_BASE);
		if (!ptr || LLVMGetMetadataKind(ptr) != LLVMDIDerivedTypeMetadataKind ||
		    LLVMGetDINodeTag(ptr) != DW_TAG_pointer_type)
			return NULL;
		return debuginfo_operand(ctx, ptr, DEBUGINFO_TYPE_BASE);
	}
	return NULL;
}

static int has_size(LLVMMetadataRef type, uint32_t bytes)
{
	return type && LLVMDITypeGetSizeInBits(type) == (uint64_t)bytes * 8;
}

void maps_read_types(LLVMValueRef g, struct map_def *def)
{
	LLVMContextRef ctx = LLVMGetModuleContext(LLVMGetGlobalParent(g));
	LLVMMetadataRef type = debuginfo_global_type(g), key, value, elems, only;
	unsigned n, depth = 0;

	/* through single-member wrappers, a few levels at most */
	while (!(key = pointee_of_member(ctx, type, "key")) && depth++ < 4) {
		elems = members(ctx, type, &n);
		only = n == 1 ? member_at(ctx, elems, 0) : NULL;
		if (!only)
			return;
		type = debuginfo_operand(ctx, only, DEBUGINFO_TYPE_BASE);
	}
	value = pointee_of_member(ctx, type, "value");
	if (has_size(key, def->key_size) && has_size(value, def->value_size)) {
		def->key_type = key;
		def->value_type = value;
	}
}
