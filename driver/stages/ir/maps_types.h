/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_MAPS_TYPES_H
#define IRBPF_MAPS_TYPES_H

#include <llvm-c/Core.h>

#include "stages/ir/maps_def.h"

/*
 * A typed map (the aya layout followed by `key: *const K` and
 * `value: *const V`): the key and value types its debug info names,
 * when their sizes are the definition's key and value sizes. Without
 * debug info the map keeps plain sizes.
 */
void maps_read_types(LLVMValueRef g, struct map_def *def);

#endif
