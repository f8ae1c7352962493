// SPDX-License-Identifier: MIT
/* What "irbpf inspect" collects about an object: adding to it, freeing it. */
#include "inspect/inspect_object.h"

#include <stdlib.h>
#include <string.h>

#include "diag/diag.h"

static char *dup_or_die(const char *s)
{
	char *d = strdup(s ? s : "");

	if (!d) {
		diag_error("out of memory");
		exit(1);
	}
	return d;
}

static void *grow(void *p, size_t n, size_t size)
{
	void *q = realloc(p, (n + 1) * size);

	if (!q) {
		diag_error("out of memory");
		exit(1);
	}
	return q;
}

struct insp_prog *inspect_add_prog(struct insp_object *obj, const char *name,
				   const char *section)
{
	struct insp_prog *p;

	obj->progs = grow(obj->progs, obj->n_progs, sizeof(*obj->progs));
	p = &obj->progs[obj->n_progs++];
	memset(p, 0, sizeof(*p));
	p->name = dup_or_die(name);
	p->section = dup_or_die(section);
	return p;
}

struct insp_map *inspect_add_map(struct insp_object *obj, const char *name, const char *section)
{
	struct insp_map *m;

	obj->maps = grow(obj->maps, obj->n_maps, sizeof(*obj->maps));
	m = &obj->maps[obj->n_maps++];
	memset(m, 0, sizeof(*m));
	m->name = dup_or_die(name);
	m->section = dup_or_die(section);
	m->definition = "unknown";
	return m;
}

void inspect_add_data(struct insp_object *obj, const char *section, uint64_t size)
{
	obj->data = grow(obj->data, obj->n_data, sizeof(*obj->data));
	obj->data[obj->n_data].section = dup_or_die(section);
	obj->data[obj->n_data++].size = size;
}

struct insp_var *inspect_add_var(struct insp_object *obj, const char *name,
				 const char *section)
{
	struct insp_var *v;

	obj->vars = grow(obj->vars, obj->n_vars, sizeof(*obj->vars));
	v = &obj->vars[obj->n_vars++];
	memset(v, 0, sizeof(*v));
	v->name = dup_or_die(name);
	v->section = dup_or_die(section);
	return v;
}

static bool starts_with(const char *s, const char *prefix)
{
	return !strncmp(s, prefix, strlen(prefix));
}

bool inspect_is_data_section(const char *name)
{
	return !strcmp(name, ".data") || !strcmp(name, ".rodata") || !strcmp(name, ".bss") ||
	       starts_with(name, ".data.") || starts_with(name, ".rodata.") ||
	       starts_with(name, ".bss.");
}

void inspect_free(struct insp_object *obj)
{
	for (size_t i = 0; i < obj->n_progs; i++) {
		free(obj->progs[i].name);
		free(obj->progs[i].section);
	}
	for (size_t i = 0; i < obj->n_maps; i++) {
		free(obj->maps[i].name);
		free(obj->maps[i].section);
	}
	for (size_t i = 0; i < obj->n_data; i++)
		free(obj->data[i].section);
	for (size_t i = 0; i < obj->n_vars; i++) {
		free(obj->vars[i].name);
		free(obj->vars[i].section);
		free(obj->vars[i].type);
	}
	free(obj->vars);
	free(obj->progs);
	free(obj->maps);
	free(obj->data);
	free(obj->license);
	memset(obj, 0, sizeof(*obj));
}
