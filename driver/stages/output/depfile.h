/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_DEPFILE_H
#define IRBPF_DEPFILE_H

#include <stddef.h>

#include "stages/options.h"

/*
 * Writes the make/ninja depfile of -MD/-MF: the target (-MT, else the
 * output) depends on every input read from a file and on @extra (the
 * runtime), with a phony rule per dependency under -MP. Written atomically
 * after the output, so a failed compile leaves neither. Returns 0 or -1
 * after reporting.
 */
int depfile_write(const struct irbpf_options *opts, const char *const *extra,
		  size_t n_extra);

#endif
