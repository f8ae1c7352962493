// SPDX-License-Identifier: MIT
#include "llvm/debuginfo.h"

int debuginfo_global_has(LLVMValueRef g)
{
	size_t n = 0;
	LLVMValueMetadataEntry *md = LLVMGlobalCopyAllMetadata(g, &n);

	if (md)
		LLVMDisposeValueMetadataEntries(md);
	return n > 0;
}
