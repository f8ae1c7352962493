/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_MAPS_LEGACY_H
#define IRBPF_MAPS_LEGACY_H

#include <llvm-c/Core.h>

#include "stages/ir/maps_def.h"
#include "stages/options.h"

/* The layout an older loader reads (--map-format other than btf). */
LLVMValueRef maps_legacy_define(LLVMModuleRef mod, enum irbpf_map_format fmt,
				const struct map_def *def);

#endif
