/* SPDX-License-Identifier: MIT */
#ifndef CARGO_IRBPF_BUILD_H
#define CARGO_IRBPF_BUILD_H

#include "options.h"

/* `cargo irbpf build`: returns the process exit status. */
int build_run(const struct build_options *opts);

#endif
