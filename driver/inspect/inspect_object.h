/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_INSPECT_OBJECT_H
#define IRBPF_INSPECT_OBJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

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

/* A global variable of .data/.rodata/.bss: what a loader may set. */
struct insp_var {
	char *name, *section;
	char *type;			/* C type from BTF, or NULL */
	uint64_t offset, size;
	bool global;			/* not static */
};

struct insp_object {
	struct insp_prog *progs;
	struct insp_map *maps;
	struct insp_data *data;
	struct insp_var *vars;
	size_t n_progs, n_maps, n_data, n_vars;
	char *license;			/* NULL when there is no license section */
	bool has_version;
	uint32_t version;
	bool btf, btf_ext;
	uint32_t func_info, line_info, core_relos;
};

/* Append a program, map or data section to @obj (names are copied; the
 * other fields are zero, a map's definition "unknown"). */
struct insp_prog *inspect_add_prog(struct insp_object *obj, const char *name,
				   const char *section);
struct insp_map *inspect_add_map(struct insp_object *obj, const char *name,
				 const char *section);
void inspect_add_data(struct insp_object *obj, const char *section, uint64_t size);
struct insp_var *inspect_add_var(struct insp_object *obj, const char *name,
				 const char *section);
/* .data, .rodata, .bss and their ".<name>" variants. */
bool inspect_is_data_section(const char *name);
void inspect_free(struct insp_object *obj);

#endif
