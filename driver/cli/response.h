/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_RESPONSE_H
#define IRBPF_RESPONSE_H

#include "stages/options.h"	/* struct response_args */

/*
 * Expands response files the way GCC and clang read them: arguments are
 * separated by white space; single and double quotes group, a backslash
 * escapes the next character; a file may name further "@FILE"s. Returns 0,
 * or -1 after reporting an unreadable or nested-too-deep file.
 */
int response_expand(int argc, char **argv, struct response_args *out);
void response_free(struct response_args *args);

#endif
