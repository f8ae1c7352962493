// SPDX-License-Identifier: MIT
/* Constant initializers as the bytes the object file will hold. */
#include "llvm/irconst.h"

#include <stdlib.h>
#include <string.h>

static int put_int(LLVMTargetDataRef td, LLVMValueRef c, uint8_t *out, size_t size)
{
	LLVMTypeRef ty = LLVMTypeOf(c);
	unsigned long long v;
	size_t n = (size_t)LLVMStoreSizeOfType(td, ty);

	if (LLVMGetIntTypeWidth(ty) > 64 || n > size)
		return -1;
	v = LLVMConstIntGetZExtValue(c);
	for (size_t i = 0; i < n; i++)
		out[i] = (uint8_t)(v >> (8 * i));
	return 0;
}

/* Byte offset of element @i inside a value of aggregate type @ty. */
static uint64_t element_offset(LLVMTargetDataRef td, LLVMTypeRef ty, unsigned i)
{
	if (LLVMGetTypeKind(ty) == LLVMStructTypeKind)
		return LLVMOffsetOfElement(td, ty, i);
	return (uint64_t)i * LLVMABISizeOfType(td, LLVMGetElementType(ty));
}

static int put_element(LLVMTargetDataRef td, LLVMTypeRef ty, unsigned i, LLVMValueRef e,
		       uint8_t *out, size_t size)
{
	uint64_t off = element_offset(td, ty, i);

	if (off > size)
		return -1;
	return irconst_bytes(td, e, out + off, size - (size_t)off);
}

static uint64_t element_count(LLVMTypeRef ty)
{
	switch (LLVMGetTypeKind(ty)) {
	case LLVMStructTypeKind:
		return LLVMCountStructElementTypes(ty);
	case LLVMArrayTypeKind:
		return LLVMGetArrayLength2(ty);
	case LLVMVectorTypeKind:
		return LLVMGetVectorSize(ty);
	default:
		return 0;
	}
}

static int put_aggregate(LLVMTargetDataRef td, LLVMValueRef c, uint8_t *out, size_t size)
{
	LLVMTypeRef ty = LLVMTypeOf(c);
	uint64_t n = element_count(ty);

	for (uint64_t i = 0; i < n; i++) {
		LLVMValueRef e = LLVMGetAggregateElement(c, (unsigned)i);

		if (!e || put_element(td, ty, (unsigned)i, e, out, size))
			return -1;
	}
	return 0;
}

int irconst_bytes(LLVMTargetDataRef td, LLVMValueRef c, uint8_t *out, size_t size)
{
	uint64_t need = LLVMStoreSizeOfType(td, LLVMTypeOf(c));

	if (need > size)
		return -1;
	if (LLVMIsNull(c) || LLVMIsUndef(c) || LLVMIsPoison(c)) {
		memset(out, 0, (size_t)need);
		return 0;
	}
	if (LLVMIsAConstantInt(c))
		return put_int(td, c, out, size);
	memset(out, 0, (size_t)need);	/* padding */
	if (LLVMIsAConstantDataSequential(c) || LLVMIsAConstantArray(c) ||
	    LLVMIsAConstantStruct(c) || LLVMIsAConstantVector(c))
		return put_aggregate(td, c, out, size);
	return -1;
}

uint64_t irconst_global_size(LLVMTargetDataRef td, LLVMValueRef global)
{
	return LLVMABISizeOfType(td, LLVMGlobalGetValueType(global));
}

char *irconst_global_string(LLVMTargetDataRef td, LLVMValueRef g)
{
	LLVMValueRef init = LLVMIsAGlobalVariable(g) ? LLVMGetInitializer(g) : NULL;
	uint64_t size = irconst_global_size(td, g);
	uint8_t *buf;

	if (!init || !size || size > 4096)
		return NULL;
	buf = calloc(1, (size_t)size);
	if (!buf)
		return NULL;
	if (irconst_bytes(td, init, buf, (size_t)size) || !memchr(buf, 0, (size_t)size)) {
		free(buf);
		return NULL;
	}
	return (char *)buf;
}
