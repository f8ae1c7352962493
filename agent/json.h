/* SPDX-License-Identifier: MIT */
#ifndef AGENT_JSON_H
#define AGENT_JSON_H

#include <stddef.h>
#include <stdio.h>

struct bpf_object;
struct attachment;

/* Writes the --json document:
 *   {"programs":[{"name":N,"section":S,"attached":B},...],
 *    "maps":{"<name>":[{"key":K,"value":V},...],...}}
 * Keys and values of up to 8 bytes are little-endian unsigned integers,
 * longer ones hex strings; per-CPU values are arrays, one per CPU. */
void json_document(FILE *out, struct bpf_object *obj, const struct attachment *atts,
		   size_t n);

/* A string, quoted and escaped. */
void json_string(FILE *out, const char *s);

#endif
