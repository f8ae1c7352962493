/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_INSPECT_ELF_H
#define IRBPF_INSPECT_ELF_H

#include <stddef.h>

#include "inspect/inspect_object.h"

/* Fills @obj from the ELF file @path; 0 or -1 (reported). */
int inspect_read(const char *path, struct insp_object *obj);
/* The same for an object in memory; libelf may modify @image. */
int inspect_read_memory(const char *name, void *image, size_t size, struct insp_object *obj);

#endif
