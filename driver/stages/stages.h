/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_STAGES_H
#define IRBPF_STAGES_H

#include "stages/context.h"

/* Each stage returns 0 on success; on failure it has reported the error.
 * Stage "x-y" is stage_x_y() in stages/<phase>/x_y.c. */
int stage_read(struct irbpf_ctx *ctx);
int stage_link(struct irbpf_ctx *ctx);
int stage_runtime(struct irbpf_ctx *ctx);
int stage_retarget(struct irbpf_ctx *ctx);
int stage_rust(struct irbpf_ctx *ctx);
int stage_resolve(struct irbpf_ctx *ctx);
int stage_internalize(struct irbpf_ctx *ctx);
int stage_optimize(struct irbpf_ctx *ctx);
int stage_lower_mem(struct irbpf_ctx *ctx);
int stage_lower_panics(struct irbpf_ctx *ctx);
int stage_check(struct irbpf_ctx *ctx);
int stage_functypes(struct irbpf_ctx *ctx);
int stage_codegen(struct irbpf_ctx *ctx);
int stage_verify(struct irbpf_ctx *ctx);
int stage_write(struct irbpf_ctx *ctx);
int stage_sections(struct irbpf_ctx *ctx);
int stage_license(struct irbpf_ctx *ctx);
int stage_maps(struct irbpf_ctx *ctx);
int stage_btf(struct irbpf_ctx *ctx);
int stage_gpl(struct irbpf_ctx *ctx);
int stage_elf(struct irbpf_ctx *ctx);
int stage_depfile(struct irbpf_ctx *ctx);

#endif
