/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_STAGES_H
#define IRBPF_STAGES_H

#include "context.h"

/* Each stage returns 0 on success; on failure it has reported the error. */
int stage_read(struct irbpf_ctx *ctx);
int stage_link(struct irbpf_ctx *ctx);
int stage_retarget(struct irbpf_ctx *ctx);
int stage_resolve(struct irbpf_ctx *ctx);
int stage_internalize(struct irbpf_ctx *ctx);
int stage_optimize(struct irbpf_ctx *ctx);
int stage_codegen(struct irbpf_ctx *ctx);
int stage_verify(struct irbpf_ctx *ctx);
int stage_write(struct irbpf_ctx *ctx);

#endif
