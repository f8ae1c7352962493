// SPDX-License-Identifier: MIT
/*
 * "irbpf inspect --json": a stable document for CI manifests. Keys come in
 * a fixed order, lists are sorted (programs by section then name, maps by
 * name, data by section, globals by section and offset), and nothing
 * depends on where the file lives.
 * The layout is described by "schema": "irbpf-inspect/1".
 */
#include "inspect/inspect_json.h"

#include <stdbool.h>

#include "stages/ir/license.h"

static void json_string(FILE *out, const char *s)
{
	if (!s) {
		fputs("null", out);
		return;
	}
	fputc('"', out);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(out, "\\%c", *p);
		else if (*p < 0x20 || *p >= 0x7f)
			fprintf(out, "\\u%04x", *p);
		else
			fputc(*p, out);
	}
	fputc('"', out);
}

static void key(FILE *out, int indent, const char *name)
{
	fprintf(out, "%*s\"%s\": ", indent, "", name);
}

/* One "name": value line; @more adds the comma that another key needs. */
static void str_field(FILE *out, int indent, const char *name, const char *s, bool more)
{
	key(out, indent, name);
	json_string(out, s);
	fputs(more ? ",\n" : "\n", out);
}

static void num_field(FILE *out, int indent, const char *name, unsigned long long v, bool more)
{
	key(out, indent, name);
	fprintf(out, "%llu%s\n", v, more ? "," : "");
}

static void bool_field(FILE *out, int indent, const char *name, bool v, bool more)
{
	key(out, indent, name);
	fprintf(out, "%s%s\n", v ? "true" : "false", more ? "," : "");
}

static void print_program(FILE *out, const struct insp_prog *p, int last)
{
	fputs("    {\n", out);
	str_field(out, 6, "name", p->name, true);
	str_field(out, 6, "section", p->section, true);
	str_field(out, 6, "type", p->type, true);
	num_field(out, 6, "insns", p->insns, true);
	bool_field(out, 6, "global", p->global, false);
	fprintf(out, "    }%s\n", last ? "" : ",");
}

static void print_map(FILE *out, const struct insp_map *m, int last)
{
	fputs("    {\n", out);
	str_field(out, 6, "name", m->name, true);
	str_field(out, 6, "section", m->section, true);
	str_field(out, 6, "definition", m->definition, true);
	str_field(out, 6, "type", m->type_name, true);
	num_field(out, 6, "type_id", m->type, true);
	num_field(out, 6, "key_size", m->key_size, true);
	num_field(out, 6, "value_size", m->value_size, true);
	num_field(out, 6, "max_entries", m->max_entries, true);
	num_field(out, 6, "flags", m->flags, true);
	bool_field(out, 6, "pinned", m->pinned, false);
	fprintf(out, "    }%s\n", last ? "" : ",");
}

static void print_data(FILE *out, const struct insp_data *d, int last)
{
	fputs("    { \"section\": ", out);
	json_string(out, d->section);
	fprintf(out, ", \"size\": %llu }%s\n", (unsigned long long)d->size, last ? "" : ",");
}

static void print_var(FILE *out, const struct insp_var *v, int last)
{
	fputs("    {\n", out);
	str_field(out, 6, "name", v->name, true);
	str_field(out, 6, "section", v->section, true);
	num_field(out, 6, "offset", v->offset, true);
	num_field(out, 6, "size", v->size, true);
	str_field(out, 6, "type", v->type, true);
	bool_field(out, 6, "global", v->global, false);
	fprintf(out, "    }%s\n", last ? "" : ",");
}

static void print_header(FILE *out, const struct insp_object *obj)
{
	fputs("{\n", out);
	str_field(out, 2, "schema", "irbpf-inspect/1", true);
	str_field(out, 2, "license", obj->license, true);
	bool_field(out, 2, "gpl_compatible",
		   obj->license && license_is_gpl_compatible(obj->license), true);
	key(out, 2, "kernel_version");
	if (obj->has_version)
		fprintf(out, "%u,\n", obj->version);
	else
		fputs("null,\n", out);
	bool_field(out, 2, "btf", obj->btf, true);
	bool_field(out, 2, "btf_ext", obj->btf_ext, true);
	num_field(out, 2, "func_info", obj->func_info, true);
	num_field(out, 2, "line_info", obj->line_info, true);
	num_field(out, 2, "core_relocations", obj->core_relos, true);
}

void inspect_print_json(FILE *out, const struct insp_object *obj)
{
	print_header(out, obj);
	key(out, 2, "programs");
	fputs(obj->n_progs ? "[\n" : "[],\n", out);
	for (size_t i = 0; i < obj->n_progs; i++)
		print_program(out, &obj->progs[i], i + 1 == obj->n_progs);
	if (obj->n_progs)
		fputs("  ],\n", out);
	key(out, 2, "maps");
	fputs(obj->n_maps ? "[\n" : "[],\n", out);
	for (size_t i = 0; i < obj->n_maps; i++)
		print_map(out, &obj->maps[i], i + 1 == obj->n_maps);
	if (obj->n_maps)
		fputs("  ],\n", out);
	key(out, 2, "data");
	fputs(obj->n_data ? "[\n" : "[],\n", out);
	for (size_t i = 0; i < obj->n_data; i++)
		print_data(out, &obj->data[i], i + 1 == obj->n_data);
	if (obj->n_data)
		fputs("  ],\n", out);
	key(out, 2, "globals");
	fputs(obj->n_vars ? "[\n" : "[]\n", out);
	for (size_t i = 0; i < obj->n_vars; i++)
		print_var(out, &obj->vars[i], i + 1 == obj->n_vars);
	if (obj->n_vars)
		fputs("  ]\n", out);
	fputs("}\n", out);
}
