/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_TRACEPOINTS_H
#define IRBPF_TRACEPOINTS_H

#include "stages/context.h"

/*
 * Warns about tracepoint sections (tracepoint/, tp/, raw_tracepoint/,
 * raw_tp/, tp_btf/) naming a tracepoint that does not exist, with the
 * closest one that does: in the kernel BTF of --target-btf, else in this
 * machine's tracefs. 0, or -1 after an error (unreadable BTF).
 */
int tracepoints_check(struct irbpf_ctx *ctx);

#endif
