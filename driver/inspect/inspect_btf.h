/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_INSPECT_BTF_H
#define IRBPF_INSPECT_BTF_H

#include <stddef.h>
#include <stdint.h>

#include "inspect/inspect_object.h"

/* The BTF-defined maps in .maps, from the .BTF section @data (NULL when
 * there is none); @path names the object in errors. */
int inspect_btf_maps(const char *path, const void *data, size_t size,
		     struct insp_object *obj);
/* The C types of the global variables (BTF DATASEC .data, .rodata,
 * .bss...); a variable the symbol table lacks is added. */
void inspect_btf_vars(const void *data, size_t size, struct insp_object *obj);
/* Counts of the .BTF.ext subsections. */
void inspect_btf_ext(const uint8_t *data, size_t size, struct insp_object *obj);

#endif
