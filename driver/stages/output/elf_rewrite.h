/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_ELF_REWRITE_H
#define IRBPF_ELF_REWRITE_H

#include <stddef.h>

/* True for a section to drop, by name. */
typedef int (*elf_drop_fn)(const char *name);

/*
 * Copies the relocatable ELF object @in without the sections @drop names,
 * the relocation sections that apply to them and the symbols defined in
 * them; symbol and section indices, relocations and the string tables are
 * rebuilt to match. On success *@out is a malloc()ed object of *@out_size
 * bytes (an unchanged copy when nothing is dropped). Returns 0, or -1
 * after reporting an error.
 */
int elf_drop_sections(const void *in, size_t in_size, elf_drop_fn drop, void **out,
		      size_t *out_size);

#endif
