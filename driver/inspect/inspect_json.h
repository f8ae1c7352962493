/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_INSPECT_JSON_H
#define IRBPF_INSPECT_JSON_H

#include <stdio.h>

#include "inspect/inspect_object.h"

/* The object as JSON (inspect --json). */
void inspect_print_json(FILE *out, const struct insp_object *obj);

#endif
