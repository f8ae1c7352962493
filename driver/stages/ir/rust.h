/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_RUST_H
#define IRBPF_RUST_H

#include <stdbool.h>

#include "stages/context.h"

/* True when any input linked into the program was produced by rustc (a
 * "rustc version ..." entry in its !llvm.ident, as the read stage found). */
bool rust_program(const struct irbpf_ctx *ctx);

#endif
