// SPDX-License-Identifier: MIT
#include "cli/llvmlib/llvmlib.h"

#include <stdio.h>
#include <stdlib.h>

#include <llvm-c/Core.h>

#include "gen/version.h"

/* Every libLLVM irbpf can use, from every place it looks, rustc's too.
 * Only the first line says "LLVM <version>": scripts read it from there. */
void llvm_print_version(void)
{
	struct llvm_places *pl = calloc(1, sizeof(*pl));
	unsigned major, minor, patch;

	LLVMGetVersion(&major, &minor, &patch);
	printf("irbpf %s (LLVM %u.%u.%u)\n", IRBPF_VERSION, major, minor, patch);
	if (!pl)
		return;
	llvm_search(pl, LLVMLIB_MIN_MAJOR, true);
	printf("shared libraries for newer bitcode or --llvm:%s\n", pl->n ? "" : " none found");
	for (size_t i = 0; i < pl->n; i++) {
		const struct llvm_lib *l = &pl->libs[i];

		printf("  %u.%u  %s%s%s%s\n", l->major, l->minor, l->path,
		       l->rust[0] ? " (rustc " : "", l->rust, l->rust[0] ? ")" : "");
	}
	free(pl);
}
