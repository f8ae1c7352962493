/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_INSPECT_H
#define IRBPF_INSPECT_H

#include <stdio.h>

#include "inspect/inspect_object.h"

/* Entry point of "irbpf inspect FILE [--json]"; returns the exit status. */
int inspect_main(int argc, char **argv);
/* The object as text (what inspect prints without --json). */
void inspect_print_text(FILE *out, const char *path, const struct insp_object *obj);

#endif
