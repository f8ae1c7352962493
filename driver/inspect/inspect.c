// SPDX-License-Identifier: MIT
/* "irbpf inspect [--json] FILE...": command line and the text form. */
#include "inspect/inspect.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/libbpf.h>

#include "diag/diag.h"
#include "escape.h"
#include "inspect/inspect_elf.h"
#include "inspect/inspect_json.h"
#include "stages/ir/license.h"

static int usage(void)
{
	fputs("Usage: irbpf inspect [--json] FILE...\n"
	      "\n"
	      "Describes BPF ELF objects: programs (name, section, program type,\n"
	      "instructions), maps (name, type, key/value size, max entries, flags),\n"
	      "global data and its variables (name, section, offset, size, type),\n"
	      "licence, kernel version, BTF and CO-RE relocations.\n"
	      "--json prints the same as a stable JSON document; for several files,\n"
	      "a JSON array of them in the order given (null for a file that\n"
	      "cannot be read).\n", stdout);
	return 0;
}

/* libbpf's own warnings about the object would only repeat ours. */
static int quiet(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	(void)level;
	(void)fmt;
	(void)ap;
	return 0;
}

static void print_maps(FILE *out, const struct insp_object *obj)
{
	fprintf(out, "maps: %zu\n", obj->n_maps);
	for (size_t i = 0; i < obj->n_maps; i++) {
		const struct insp_map *m = &obj->maps[i];

		fputs("  ", out);
		escape_fputs(out, m->name, 16);
		fprintf(out, " %-14s key %-4u value %-6u max_entries %-8u flags 0x%x (%s in '",
			m->type_name ? m->type_name : "?", m->key_size, m->value_size,
			m->max_entries, m->flags, m->definition);
		escape_fputs(out, m->section, 0);
		fprintf(out, "'%s)\n", m->pinned ? ", pinned by name" : "");
	}
}

static void print_globals(FILE *out, const struct insp_object *obj)
{
	fprintf(out, "globals: %zu\n", obj->n_vars);
	for (size_t i = 0; i < obj->n_vars; i++) {
		const struct insp_var *v = &obj->vars[i];

		fputs("  ", out);
		escape_fputs(out, v->name, 24);
		fputc(' ', out);
		escape_fputs(out, v->section, 16);
		fprintf(out, " +0x%-6llx %6llu bytes  ", (unsigned long long)v->offset,
			(unsigned long long)v->size);
		escape_fputs(out, v->type ? v->type : "?", 0);
		fprintf(out, "%s\n", v->global ? "" : " (static)");
	}
}

void inspect_print_text(FILE *out, const char *path, const struct insp_object *obj)
{
	escape_fputs(out, path, 0);
	fputs(": BPF object\n", out);
	if (obj->license) {
		fputs("license: ", out);
		escape_fputs(out, obj->license, 0);
		fprintf(out, " (%sGPL-compatible)\n",
			license_is_gpl_compatible(obj->license) ? "" : "not ");
	} else
		fputs("license: none\n", out);
	if (obj->has_version)
		fprintf(out, "version: %u.%u.%u (0x%x)\n", obj->version >> 16,
			(obj->version >> 8) & 0xff, obj->version & 0xff, obj->version);
	else
		fputs("version: none\n", out);
	fprintf(out, "BTF: %s; BTF.ext: %s (%u func info, %u line info, %u CO-RE relocations)\n",
		obj->btf ? "yes" : "no", obj->btf_ext ? "yes" : "no", obj->func_info,
		obj->line_info, obj->core_relos);
	fprintf(out, "programs: %zu\n", obj->n_progs);
	for (size_t i = 0; i < obj->n_progs; i++) {
		const struct insp_prog *p = &obj->progs[i];

		fputs("  ", out);
		escape_fputs(out, p->name, 24);
		fputc(' ', out);
		escape_fputs(out, p->section, 28);
		fprintf(out, " %-16s %6llu insns%s\n", p->type ? p->type : "(unknown type)",
			(unsigned long long)p->insns, p->global ? "" : " (static)");
	}
	print_maps(out, obj);
	fprintf(out, "data: %zu\n", obj->n_data);
	for (size_t i = 0; i < obj->n_data; i++) {
		fputs("  ", out);
		escape_fputs(out, obj->data[i].section, 16);
		fprintf(out, " %llu bytes\n", (unsigned long long)obj->data[i].size);
	}
	print_globals(out, obj);
}

/* One file; with @json and @n > 1 an element of the array. */
static int inspect_one(const char *path, bool json, size_t i, size_t n)
{
	struct insp_object obj;
	int err = inspect_read(path, &obj);

	if (json && n > 1)
		fputs(i ? ",\n" : "[\n", stdout);
	if (err && json && n > 1)
		fputs("null\n", stdout);
	else if (!err && json)
		inspect_print_json(stdout, &obj);
	else if (!err) {
		if (i)
			putchar('\n');
		inspect_print_text(stdout, path, &obj);
	}
	if (json && n > 1 && i + 1 == n)
		fputs("]\n", stdout);
	inspect_free(&obj);
	return err ? 1 : 0;
}

int inspect_main(int argc, char **argv)
{
	const char **paths = calloc((size_t)argc, sizeof(*paths));
	size_t n = 0;
	bool json = false;
	int ret = 0, status = 0;

	if (!paths) {
		diag_error("out of memory");
		return 1;
	}
	for (int i = 1; i < argc && !ret; i++) {
		if (!strcmp(argv[i], "--json")) {
			json = true;
		} else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			free(paths);
			return usage();
		} else if (argv[i][0] == '-') {
			diag_error("inspect: unexpected argument '%s' (usage: irbpf inspect "
				   "[--json] FILE...)", argv[i]);
			ret = 1;
		} else {
			paths[n++] = argv[i];
		}
	}
	if (!ret && !n) {
		diag_error("inspect: no input file (usage: irbpf inspect [--json] FILE...)");
		ret = 1;
	}
	libbpf_set_print(quiet);
	/* A file that cannot be read does not stop the others. */
	for (size_t i = 0; !ret && i < n; i++)
		status |= inspect_one(paths[i], json, i, n);
	free(paths);
	return ret | status;
}
