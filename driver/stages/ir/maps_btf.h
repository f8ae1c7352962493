/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_MAPS_BTF_H
#define IRBPF_MAPS_BTF_H

#include <llvm-c/Core.h>

#include "stages/ir/maps_def.h"

/*
 * The BTF-defined map (libbpf 1.x): a zeroed struct of "int (*attr)[N]"
 * members named @def->name in ".maps", with the debug info the BPF
 * backend turns into its .BTF. @di carries the debug-info builder across
 * maps; maps_btf_finish() completes it.
 */
struct maps_di;
LLVMValueRef maps_btf_define(LLVMModuleRef mod, struct maps_di **di,
			     const struct map_def *def);
void maps_btf_finish(struct maps_di *di);

#endif
