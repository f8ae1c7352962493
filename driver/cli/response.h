/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_RESPONSE_H
#define IRBPF_RESPONSE_H

#include "stages/options.h"	/* struct response_args */

/*
 * Expands response files the way GCC and clang read them: arguments are
 * separated by white space; single and double quotes group, a backslash
 * escapes the next character; a file may name further "@FILE"s. Returns 0,
 * or -1 after reporting a file that cannot be read, holds a NUL byte or
 * ends in a lone backslash, includes itself, is nested too deep, or one
 * too many.
 */
int response_expand(int argc, char **argv, struct response_args *out);
void response_free(struct response_args *args);

#endif
