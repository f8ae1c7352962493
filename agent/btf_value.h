/* SPDX-License-Identifier: MIT */
#ifndef AGENT_BTF_VALUE_H
#define AGENT_BTF_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct btf;

/*
 * Values printed by their BTF type. Text:
 *   {pid=123, comm="bash", args=[1, 2], flags=0x0 ...}
 * JSON: the same as objects, arrays, numbers and strings. Integers are
 * decimal (signed when the type is), enums their enumerator's name,
 * pointers hex in text and numbers in JSON. An array of one-byte integers
 * prints as a quoted string when its elements are C `char` or when its
 * bytes are text up to a NUL and zeros after it; members without a name
 * (anonymous structs and unions) print their members in place.
 */

/* Whether @size bytes can be printed as type @type_id of @btf: the type is
 * known and no larger than @size (trailing bytes are not printed). */
bool btf_value_fits(const struct btf *btf, uint32_t type_id, size_t size);

/* Prints the value at @data as type @type_id, which must fit. */
void btf_value_print(FILE *out, const struct btf *btf, uint32_t type_id, const void *data,
		     bool json);

/* @n bytes of @s in double quotes: `"` and `\` escaped, other bytes
 * outside printable ASCII as \xNN in text and \u00NN in JSON. */
void value_quote(FILE *out, const char *s, size_t n, bool json);

#endif
