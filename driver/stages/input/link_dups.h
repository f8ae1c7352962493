/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_LINK_H
#define IRBPF_LINK_H

#include <llvm-c/Core.h>

#include "diag/diag.h"

/* Reports the first external symbol that both @dst and @src (read from
 * @path) define, and returns -1; 0 when there is none. */
int link_check_duplicates(LLVMModuleRef dst, LLVMModuleRef src, const char *path);

#endif
