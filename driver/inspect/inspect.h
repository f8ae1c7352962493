/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_INSPECT_H
#define IRBPF_INSPECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <gelf.h>

/* What "irbpf inspect" reports about one BPF object. */
struct insp_prog {
	char *name, *section;
	const char *type;		/* libbpf's name of the program type, or NULL */
	uint64_t insns;
	bool global;
};

struct insp_map {
	char *name, *section;
	const char *definition;		/* "btf", "legacy", "aya", "gobpf" or "unknown" */
	uint32_t type, key_size, value_size, max_entries, flags;
	const char *type_name;		/* libbpf's name of the map type, or NULL */
	bool pinned;			/* pinned by name */
};

struct insp_data {
	char *section;
	uint64_t size;
};

struct insp_object {
	struct insp_prog *progs;
	struct insp_map *maps;
	struct insp_data *data;
	size_t n_progs, n_maps, n_data;
	char *license;			/* NULL when there is no license section */
	bool has_version;
	uint32_t version;
	bool btf, btf_ext;
	uint32_t func_info, line_info, core_relos;
};

/* Entry point of "irbpf inspect FILE [--json]"; returns the exit status. */
int inspect_main(int argc, char **argv);

/* inspect_elf.c: fills @obj from the ELF file @path; 0 or -1 (reported). */
int inspect_read(const char *path, struct insp_object *obj);
/* The same for an object in memory; libelf may modify @image. */
int inspect_read_memory(const char *name, void *image, size_t size, struct insp_object *obj);
void inspect_free(struct insp_object *obj);

/* inspect_btf.c: the BTF-defined maps in .maps, from the .BTF section
 * @data (NULL when there is none); @path names the object in errors. */
int inspect_btf_maps(const char *path, const void *data, size_t size,
		     struct insp_object *obj);

/* inspect_btf.c: counts of the .BTF.ext subsections. */
void inspect_btf_ext(const uint8_t *data, size_t size, struct insp_object *obj);

/* inspect_elf.c: appends a map (name and section are copied). */
struct insp_map *inspect_add_map(struct insp_object *obj, const char *name,
				 const char *section);

/* inspect_json.c / inspect.c: the two output forms. */
void inspect_print_json(FILE *out, const struct insp_object *obj);
void inspect_print_text(FILE *out, const char *path, const struct insp_object *obj);

#endif
