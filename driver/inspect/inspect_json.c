// SPDX-License-Identifier: MIT
/*
 * "irbpf inspect --json": a stable document for CI manifests. Keys come in
 * a fixed order, lists are sorted (programs by section then name, maps by
 * name, data by section, globals by section and offset), and nothing
 * depends on where the file lives.
 * The layout is described by "schema": "irbpf-inspect/1".
 */
#include "inspect/inspect_json.h"

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

static void print_program(FILE *out, const struct insp_prog *p, int last)
{
	fputs("    {\n", out);
	key(out, 6, "name");
	json_string(out, p->name);
	fputs(",\n", out);
	key(out, 6, "section");
	json_string(out, p->section);
	fputs(",\n", out);
	key(out, 6, "type");
	json_string(out, p->type);
	fputs(",\n", out);
	key(out, 6, "insns");
	fprintf(out, "%llu,\n", (unsigned long long)p->insns);
	key(out, 6, "global");
	fprintf(out, "%s\n", p->global ? "true" : "false");
	fprintf(out, "    }%s\n", last ? "" : ",");
}

static void print_map(FILE *out, const struct insp_map *m, int last)
{
	fputs("    {\n", out);
	key(out, 6, "name");
	json_string(out, m->name);
	fputs(",\n", out);
	key(out, 6, "section");
	json_string(out, m->section);
	fputs(",\n", out);
	key(out, 6, "definition");
	json_string(out, m->definition);
	fputs(",\n", out);
	key(out, 6, "type");
	json_string(out, m->type_name);
	fputs(",\n", out);
	key(out, 6, "type_id");
	fprintf(out, "%u,\n", m->type);
	key(out, 6, "key_size");
	fprintf(out, "%u,\n", m->key_size);
	key(out, 6, "value_size");
	fprintf(out, "%u,\n", m->value_size);
	key(out, 6, "max_entries");
	fprintf(out, "%u,\n", m->max_entries);
	key(out, 6, "flags");
	fprintf(out, "%u,\n", m->flags);
	key(out, 6, "pinned");
	fprintf(out, "%s\n", m->pinned ? "true" : "false");
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
	key(out, 6, "name");
	json_string(out, v->name);
	fputs(",\n", out);
	key(out, 6, "section");
	json_string(out, v->section);
	fputs(",\n", out);
	key(out, 6, "offset");
	fprintf(out, "%llu,\n", (unsigned long long)v->offset);
	key(out, 6, "size");
	fprintf(out, "%llu,\n", (unsigned long long)v->size);
	key(out, 6, "type");
	json_string(out, v->type);
	fputs(",\n", out);
	key(out, 6, "global");
	fprintf(out, "%s\n", v->global ? "true" : "false");
	fprintf(out, "    }%s\n", last ? "" : ",");
}

static void print_header(FILE *out, const struct insp_object *obj)
{
	fputs("{\n", out);
	key(out, 2, "schema");
	fputs("\"irbpf-inspect/1\",\n", out);
	key(out, 2, "license");
	json_string(out, obj->license);
	fputs(",\n", out);
	key(out, 2, "gpl_compatible");
	fprintf(out, "%s,\n", obj->license && license_is_gpl_compatible(obj->license)
				      ? "true" : "false");
	key(out, 2, "kernel_version");
	if (obj->has_version)
		fprintf(out, "%u,\n", obj->version);
	else
		fputs("null,\n", out);
	key(out, 2, "btf");
	fprintf(out, "%s,\n", obj->btf ? "true" : "false");
	key(out, 2, "btf_ext");
	fprintf(out, "%s,\n", obj->btf_ext ? "true" : "false");
	key(out, 2, "func_info");
	fprintf(out, "%u,\n", obj->func_info);
	key(out, 2, "line_info");
	fprintf(out, "%u,\n", obj->line_info);
	key(out, 2, "core_relocations");
	fprintf(out, "%u,\n", obj->core_relos);
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
