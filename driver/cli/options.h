/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_OPTIONS_H
#define IRBPF_OPTIONS_H

#include "stages/options.h"

/* Returns 0 on success, 1 on a usage error (already reported), or -1 when
 * the command line asked for --help/--version and nothing else to do. */
int options_parse(struct irbpf_options *opts, int argc, char **argv);
void options_free(struct irbpf_options *opts);

#endif
