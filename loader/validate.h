/* SPDX-License-Identifier: MIT */
/*
 * Structural checks of a BPF object before libbpf parses it. libbpf 1.1
 * trusts type ids, string offsets and section indexes it reads from the
 * file and crashes on damaged ones; these checks refuse such an object
 * with a reason instead. Shared by the loaders and "irbpf inspect".
 *
 * Each function returns 0, or -EINVAL with a one-line reason in @why.
 */
#ifndef IRBPF_VALIDATE_H
#define IRBPF_VALIDATE_H

#include <stddef.h>
#include <stdint.h>

#include <libelf.h>

/* What the .BTF.ext check needs to know of the .BTF it refers to. */
struct irbpf_btf_shape {
	uint32_t n_types;		/* type ids 1..n_types exist */
	uint32_t str_len;		/* string offsets below this exist */
	uint8_t *kinds;			/* kinds[id]: BTF_KIND_*, malloc'd */
};

/*
 * The raw .BTF bytes @data: header, section bounds, every type's size,
 * kind, name and references (ids in range, of the kinds the referrer
 * needs), and no type containing itself except through a pointer. When
 * @shape is not NULL it is filled on success (free with
 * irbpf_btf_shape_free()).
 */
int irbpf_btf_validate(const void *data, size_t size, struct irbpf_btf_shape *shape,
		       char *why, size_t why_size);
void irbpf_btf_shape_free(struct irbpf_btf_shape *shape);

/* The raw .BTF.ext bytes: header, subsections and the records' type ids
 * and string offsets against @btf (NULL when the object has no .BTF). */
int irbpf_btf_ext_validate(const void *data, size_t size, const struct irbpf_btf_shape *btf,
			   char *why, size_t why_size);

/* An ELF object as libbpf walks it: section headers and names, the
 * symbol table, relocations, and .BTF/.BTF.ext as above. */
int irbpf_elf_validate(Elf *elf, char *why, size_t why_size);

#endif
