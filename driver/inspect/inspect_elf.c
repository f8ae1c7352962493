// SPDX-License-Identifier: MIT
/*
 * "irbpf inspect": reads any BPF ELF object (libelf), not only irbpf's:
 * programs from function symbols in program sections, maps from ".maps"
 * (BTF) and from the legacy "maps"/"maps/<name>" layouts, global data
 * sections, licence, version and what .BTF/.BTF.ext hold.
 */
#include "inspect/inspect_elf.h"

#include <gelf.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/libbpf.h>

#include "io/input_file.h"
#include "diag/diag.h"
#include "inspect/inspect_btf.h"
#include "stages/ir/maps_def.h"
#include "validate.h"

#ifndef EM_BPF
#define EM_BPF 247
#endif

struct elf_file {
	const char *path;
	Elf *elf;
	size_t shstrndx, symtab;
	int has_maps;		/* a ".maps" section */
	Elf_Data *btf;		/* the ".BTF" section */
};

static int starts_with(const char *s, const char *prefix)
{
	return !strncmp(s, prefix, strlen(prefix));
}

static Elf_Data *section_data(Elf_Scn *scn)
{
	return elf_getdata(scn, NULL);
}

static void read_license(Elf_Scn *scn, struct insp_object *obj)
{
	Elf_Data *d = section_data(scn);
	const char *s = d && d->d_buf ? d->d_buf : "";
	size_t n = d ? strnlen(s, d->d_size) : 0;

	free(obj->license);
	obj->license = strndup(s, n);
}

static void read_version(Elf_Scn *scn, struct insp_object *obj)
{
	Elf_Data *d = section_data(scn);
	const uint8_t *p = d ? d->d_buf : NULL;

	if (!p || d->d_size < 4)
		return;
	obj->has_version = true;
	obj->version = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
		       (uint32_t)p[3] << 24;
}

static int is_data_section(const char *name)
{
	return !strcmp(name, ".data") || !strcmp(name, ".rodata") || !strcmp(name, ".bss") ||
	       starts_with(name, ".data.") || starts_with(name, ".rodata.") ||
	       starts_with(name, ".bss.");
}

static void read_section(struct elf_file *f, Elf_Scn *scn, struct insp_object *obj)
{
	GElf_Shdr sh;
	const char *name;

	if (!gelf_getshdr(scn, &sh))
		return;
	name = elf_strptr(f->elf, f->shstrndx, sh.sh_name);
	if (!name)
		return;
	if (sh.sh_type == SHT_SYMTAB)
		f->symtab = elf_ndxscn(scn);
	else if (!strcmp(name, "license"))
		read_license(scn, obj);
	else if (!strcmp(name, "version"))
		read_version(scn, obj);
	else if (!strcmp(name, ".BTF")) {
		obj->btf = true;
		f->btf = section_data(scn);
	}
	else if (!strcmp(name, ".maps"))
		f->has_maps = 1;
	else if (!strcmp(name, ".BTF.ext")) {
		Elf_Data *d = section_data(scn);

		obj->btf_ext = true;
		if (d && d->d_buf)
			inspect_btf_ext(d->d_buf, d->d_size, obj);
	} else if (is_data_section(name) && (sh.sh_flags & SHF_ALLOC)) {
		inspect_add_data(obj, name, sh.sh_size);
	}
}

static void add_program(struct insp_object *obj, const char *name, const char *sec,
			const GElf_Sym *sym)
{
	struct insp_prog *p;
	enum bpf_prog_type type;
	enum bpf_attach_type attach;

	p = inspect_add_prog(obj, name, sec);
	p->insns = sym->st_size / 8;
	p->global = GELF_ST_BIND(sym->st_info) != STB_LOCAL;
	p->type = NULL;
	if (!libbpf_prog_type_by_name(sec[0] == '?' ? sec + 1 : sec, &type, &attach))
		p->type = libbpf_bpf_prog_type_str(type);
}

static uint32_t le32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* A map in "maps" or "maps/<name>": its layout follows from its size. */
static void add_legacy_map(struct insp_object *obj, const char *name, const char *sec,
			   Elf_Scn *scn, const GElf_Sym *sym)
{
	Elf_Data *d = section_data(scn);
	struct insp_map *m = inspect_add_map(obj, sec[4] == '/' ? sec + 5 : name, sec);
	const uint8_t *p;

	if (!d || !d->d_buf || sym->st_size < MAP_LAYOUT_CLASSIC ||
	    sym->st_value > d->d_size || sym->st_size > d->d_size - sym->st_value)
		return;
	p = (const uint8_t *)d->d_buf + sym->st_value;
	m->definition = sym->st_size == MAP_LAYOUT_AYA ? "aya"
			: sym->st_size == MAP_LAYOUT_GOBPF ? "gobpf" : "legacy";
	m->type = le32(p);
	m->key_size = le32(p + 4);
	m->value_size = le32(p + 8);
	m->max_entries = le32(p + 12);
	m->flags = le32(p + 16);
	m->type_name = libbpf_bpf_map_type_str((enum bpf_map_type)m->type);
	if (sym->st_size == MAP_LAYOUT_AYA)
		m->pinned = le32(p + 24) == 1;
	else if (sym->st_size == MAP_LAYOUT_GOBPF)
		m->pinned = le32(p + 20) != GOBPF_PIN_NONE;
}

static void read_symbol(struct elf_file *f, const GElf_Sym *sym, const char *name,
			struct insp_object *obj)
{
	Elf_Scn *scn;
	GElf_Shdr sh;
	const char *sec;

	if (sym->st_shndx == SHN_UNDEF || sym->st_shndx >= SHN_LORESERVE || !name || !*name)
		return;
	scn = elf_getscn(f->elf, sym->st_shndx);
	if (!scn || !gelf_getshdr(scn, &sh))
		return;
	sec = elf_strptr(f->elf, f->shstrndx, sh.sh_name);
	if (!sec)
		return;
	if (GELF_ST_TYPE(sym->st_info) == STT_FUNC && (sh.sh_flags & SHF_EXECINSTR) &&
	    strcmp(sec, ".text") && !starts_with(sec, ".text."))
		add_program(obj, name, sec, sym);
	else if (GELF_ST_TYPE(sym->st_info) != STT_SECTION &&
		 (!strcmp(sec, "maps") || starts_with(sec, "maps/")))
		add_legacy_map(obj, name, sec, scn, sym);
}

static void read_symbols(struct elf_file *f, struct insp_object *obj)
{
	Elf_Scn *scn = f->symtab ? elf_getscn(f->elf, f->symtab) : NULL;
	GElf_Shdr sh;
	Elf_Data *d;

	if (!scn || !gelf_getshdr(scn, &sh) || !(d = section_data(scn)) || !d->d_buf ||
	    !sh.sh_entsize)
		return;
	/* sh_size is the file's word; the data is what is really there. */
	for (size_t i = 1; i < d->d_size / sh.sh_entsize && i <= INT_MAX; i++) {
		GElf_Sym sym;

		if (!gelf_getsym(d, (int)i, &sym))
			break;
		read_symbol(f, &sym, elf_strptr(f->elf, sh.sh_link, sym.st_name), obj);
	}
}

static int cmp_prog(const void *a, const void *b)
{
	const struct insp_prog *x = a, *y = b;
	int c = strcmp(x->section, y->section);

	return c ? c : strcmp(x->name, y->name);
}

static int cmp_map(const void *a, const void *b)
{
	const struct insp_map *x = a, *y = b;

	return strcmp(x->name, y->name);
}

static int cmp_data(const void *a, const void *b)
{
	const struct insp_data *x = a, *y = b;

	return strcmp(x->section, y->section);
}

static int open_bpf_elf(struct elf_file *f)
{
	char why[256];
	GElf_Ehdr eh;

	if (!f->elf || elf_kind(f->elf) != ELF_K_ELF || !gelf_getehdr(f->elf, &eh)) {
		diag_error("%s: not an ELF object", f->path);
		return -1;
	}
	if (eh.e_machine != EM_BPF) {
		diag_error("%s: not a BPF object (ELF machine %u)", f->path, eh.e_machine);
		return -1;
	}
	/* What the loaders refuse (irbpf verify, irbpf-agent) is no object. */
	if (irbpf_elf_validate(f->elf, why, sizeof(why))) {
		diag_error("%s: %s", f->path, why);
		return -1;
	}
	elf_getshdrstrndx(f->elf, &f->shstrndx);
	return 0;
}

static int read_elf(struct elf_file *f, struct insp_object *obj)
{
	int err = open_bpf_elf(f);

	for (Elf_Scn *scn = NULL; !err && (scn = elf_nextscn(f->elf, scn));)
		read_section(f, scn, obj);
	if (!err)
		read_symbols(f, obj);
	if (!err && f->has_maps)
		err = inspect_btf_maps(f->path, f->btf ? f->btf->d_buf : NULL,
				       f->btf ? f->btf->d_size : 0, obj);
	if (f->elf)
		elf_end(f->elf);
	if (obj->n_progs)
		qsort(obj->progs, obj->n_progs, sizeof(*obj->progs), cmp_prog);
	if (obj->n_maps)
		qsort(obj->maps, obj->n_maps, sizeof(*obj->maps), cmp_map);
	if (obj->n_data)
		qsort(obj->data, obj->n_data, sizeof(*obj->data), cmp_data);
	return err;
}

int inspect_read(const char *path, struct insp_object *obj)
{
	struct input_file in;
	const char *why;
	int err;

	memset(obj, 0, sizeof(*obj));
	if (input_file_read(path, NULL, &in, &why)) {
		diag_error("%s: cannot open: %s", path, why);
		return -1;
	}
	err = inspect_read_memory(path, in.data, in.size, obj);
	input_file_free(&in);
	return err;
}

int inspect_read_memory(const char *name, void *image, size_t size, struct insp_object *obj)
{
	struct elf_file f = { .path = name };

	memset(obj, 0, sizeof(*obj));
	elf_version(EV_CURRENT);
	f.elf = elf_memory(image, size);
	return read_elf(&f, obj);
}
