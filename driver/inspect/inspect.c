// SPDX-License-Identifier: MIT
/* "irbpf inspect FILE [--json]": command line and the text form. */
#include "inspect/inspect.h"

#include <stdarg.h>
#include <string.h>

#include <bpf/libbpf.h>

#include "diag/diag.h"
#include "escape.h"
#include "inspect/inspect_elf.h"
#include "inspect/inspect_json.h"
#include "stages/ir/license.h"

static int usage(void)
{
	fputs("Usage: irbpf inspect FILE [--json]\n"
	      "\n"
	      "Describes a BPF ELF object: programs (name, section, program type,\n"
	      "instructions), maps (name, type, key/value size, max entries, flags),\n"
	      "global data, licence, kernel version, BTF and CO-RE relocations.\n"
	      "--json prints the same as a stable JSON document.\n", stdout);
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
}

int inspect_main(int argc, char **argv)
{
	const char *path = NULL;
	struct insp_object obj;
	int json = 0, err;

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--json"))
			json = 1;
		else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h"))
			return usage();
		else if (argv[i][0] == '-' || path) {
			diag_error("inspect: unexpected argument '%s' (usage: irbpf inspect "
				   "FILE [--json])", argv[i]);
			return 1;
		} else
			path = argv[i];
	}
	if (!path) {
		diag_error("inspect: no input file (usage: irbpf inspect FILE [--json])");
		return 1;
	}
	libbpf_set_print(quiet);
	err = inspect_read(path, &obj);
	if (!err) {
		if (json)
			inspect_print_json(stdout, &obj);
		else
			inspect_print_text(stdout, path, &obj);
	}
	inspect_free(&obj);
	return err ? 1 : 0;
}
