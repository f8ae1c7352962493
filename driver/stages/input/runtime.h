/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_RUNTIME_H
#define IRBPF_RUNTIME_H

#include <stdbool.h>
#include <stddef.h>

#include "stages/context.h"

/*
 * Finds the runtime to link: --runtime PATH, else
 * <dir of irbpf>/../lib/irbpf/runtime.bc, else the build tree's. Returns 0
 * with the path in @buf, or reports and returns -1.
 */
int runtime_locate(const struct irbpf_options *opts, char *buf, size_t size);

/*
 * Links from the runtime what the program references and does not define
 * itself. With @internal (after the internalize stage) what is linked
 * becomes internal at once. Returns the number of runtime functions the
 * program now has, or -1 after reporting an error.
 */
int runtime_link(struct irbpf_ctx *ctx, bool internal);

#endif
