// SPDX-License-Identifier: MIT
/*
 * Copy of an ELF relocatable object without some sections (libelf). The
 * output keeps the input's section order and lets libelf lay out the file,
 * so identical inputs give identical bytes.
 */
#include "stages/output/elf_rewrite.h"

#include <fcntl.h>
#include <gelf.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag/diag.h"

struct strtab {
	char *buf;
	size_t len, cap;
};

struct rewrite {
	Elf *in, *out;
	size_t shnum, shstrndx, symtab;
	size_t *newidx;			/* per input section; 0 = dropped */
	size_t *symmap, nsyms, new_nsyms, new_locals;	/* 0 = dropped */
	struct strtab *tabs;		/* per input section: rebuilt string table */
	void **bufs;			/* allocations the output refers to */
	size_t n_bufs;
};

static int fail(const char *what)
{
	diag_error("ELF post-processing: %s: %s", what, elf_errmsg(-1));
	return -1;
}

static int oom(void)
{
	diag_error("out of memory");
	return -1;
}

static void *keep_alloc(struct rewrite *rw, size_t size)
{
	void **bufs = realloc(rw->bufs, (rw->n_bufs + 1) * sizeof(*bufs));
	void *p = bufs ? calloc(1, size ? size : 1) : NULL;

	if (bufs)
		rw->bufs = bufs;
	if (p)
		rw->bufs[rw->n_bufs++] = p;
	return p;
}

static long strtab_add(struct strtab *t, const char *s)
{
	size_t n = strlen(s) + 1;

	for (size_t off = 0; off < t->len; off += strlen(t->buf + off) + 1)
		if (!strcmp(t->buf + off, s))
			return (long)off;
	if (t->len + n > t->cap) {
		size_t cap = (t->len + n) * 2;
		char *buf = realloc(t->buf, cap);

		if (!buf)
			return -1;
		t->buf = buf;
		t->cap = cap;
	}
	memcpy(t->buf + t->len, s, n);
	t->len += n;
	return (long)(t->len - n);
}

static const char *section_name(struct rewrite *rw, size_t i, GElf_Shdr *sh)
{
	Elf_Scn *scn = elf_getscn(rw->in, i);

	if (!scn || !gelf_getshdr(scn, sh))
		return NULL;
	return elf_strptr(rw->in, rw->shstrndx, sh->sh_name);
}

/* Marks the sections to keep; relocations of dropped sections go too. */
static int choose_sections(struct rewrite *rw, elf_drop_fn drop, int *dropped)
{
	GElf_Shdr sh;
	size_t next = 1;

	for (size_t i = 1; i < rw->shnum; i++) {
		const char *name = section_name(rw, i, &sh);

		if (!name)
			return fail("cannot read section header");
		rw->newidx[i] = drop(name) ? 0 : 1;
		if (sh.sh_type == SHT_SYMTAB)
			rw->symtab = i;
		if (sh.sh_type == SHT_SYMTAB_SHNDX || sh.sh_type == SHT_GROUP) {
			diag_error("ELF post-processing: unsupported section '%s'", name);
			return -1;
		}
	}
	for (size_t i = 1; i < rw->shnum; i++) {
		section_name(rw, i, &sh);
		if ((sh.sh_type == SHT_REL || sh.sh_type == SHT_RELA) && sh.sh_info < rw->shnum &&
		    !rw->newidx[sh.sh_info])
			rw->newidx[i] = 0;
	}
	for (size_t i = 1; i < rw->shnum; i++) {
		if (rw->newidx[i])
			rw->newidx[i] = next++;
		else
			*dropped = 1;
	}
	if (rw->newidx[rw->shstrndx] == 0 || (rw->symtab && !rw->newidx[rw->symtab])) {
		diag_error("ELF post-processing: cannot drop the string or symbol table");
		return -1;
	}
	return 0;
}

static Elf_Data *symtab_data(struct rewrite *rw, GElf_Shdr *sh)
{
	Elf_Scn *scn = elf_getscn(rw->in, rw->symtab);

	return scn && gelf_getshdr(scn, sh) ? elf_getdata(scn, NULL) : NULL;
}

/* Symbols defined in dropped sections go; the others are renumbered. */
static int map_symbols(struct rewrite *rw)
{
	GElf_Shdr sh;
	Elf_Data *data = symtab_data(rw, &sh);
	size_t next = 0;

	if (!data)
		return fail("cannot read the symbol table");
	rw->nsyms = sh.sh_entsize ? sh.sh_size / sh.sh_entsize : 0;
	rw->symmap = calloc(rw->nsyms ? rw->nsyms : 1, sizeof(*rw->symmap));
	if (!rw->symmap)
		return oom();
	for (size_t i = 0; i < rw->nsyms; i++) {
		GElf_Sym sym;

		if (!gelf_getsym(data, (int)i, &sym))
			return fail("cannot read a symbol");
		if (i && sym.st_shndx != SHN_UNDEF && sym.st_shndx < SHN_LORESERVE &&
		    (sym.st_shndx >= rw->shnum || !rw->newidx[sym.st_shndx])) {
			rw->symmap[i] = 0;
			continue;
		}
		rw->symmap[i] = next++;
		if (i < sh.sh_info)
			rw->new_locals = next;
	}
	rw->new_nsyms = next;
	return 0;
}

static struct strtab *name_table(struct rewrite *rw, size_t strndx)
{
	return strndx < rw->shnum ? &rw->tabs[strndx] : NULL;
}

static Elf_Data *new_data(Elf_Scn *scn, const GElf_Shdr *sh, Elf_Type type, void *buf,
			  size_t size)
{
	Elf_Data *d = elf_newdata(scn);

	if (!d)
		return NULL;
	d->d_type = type;
	d->d_buf = buf;
	d->d_size = size;
	d->d_align = sh->sh_addralign ? sh->sh_addralign : 1;
	d->d_version = EV_CURRENT;
	return d;
}

static int write_symtab(struct rewrite *rw, Elf_Scn *scn, const GElf_Shdr *sh, Elf_Data *in)
{
	struct strtab *names = name_table(rw, sh->sh_link);
	size_t size = gelf_fsize(rw->out, ELF_T_SYM, rw->new_nsyms, EV_CURRENT);
	Elf_Data *d = new_data(scn, sh, ELF_T_SYM, keep_alloc(rw, size), size);

	if (!d || !d->d_buf || !names)
		return oom();
	for (size_t i = 0; i < rw->nsyms; i++) {
		GElf_Sym sym;
		const char *name;
		long off;

		if ((i && !rw->symmap[i]) || !gelf_getsym(in, (int)i, &sym))
			continue;
		name = elf_strptr(rw->in, sh->sh_link, sym.st_name);
		off = sym.st_name && name ? strtab_add(names, name) : 0;
		if (off < 0)
			return oom();
		sym.st_name = (Elf64_Word)off;
		if (sym.st_shndx != SHN_UNDEF && sym.st_shndx < SHN_LORESERVE)
			sym.st_shndx = (Elf64_Section)rw->newidx[sym.st_shndx];
		if (!gelf_update_sym(d, (int)rw->symmap[i], &sym))
			return fail("cannot write a symbol");
	}
	return 0;
}

static int remap_symbol(struct rewrite *rw, GElf_Xword *info)
{
	size_t sym = GELF_R_SYM(*info);

	if (sym >= rw->nsyms || (sym && !rw->symmap[sym])) {
		diag_error("ELF post-processing: a kept relocation refers to a dropped symbol");
		return -1;
	}
	*info = GELF_R_INFO(rw->symmap[sym], GELF_R_TYPE(*info));
	return 0;
}

static int write_relocs(struct rewrite *rw, Elf_Scn *scn, const GElf_Shdr *sh, Elf_Data *in)
{
	int rela = sh->sh_type == SHT_RELA;
	Elf_Type type = rela ? ELF_T_RELA : ELF_T_REL;
	size_t n = sh->sh_entsize ? sh->sh_size / sh->sh_entsize : 0;
	size_t size = gelf_fsize(rw->out, type, n, EV_CURRENT);
	Elf_Data *d = new_data(scn, sh, type, keep_alloc(rw, size), size);

	if (!d || !d->d_buf)
		return oom();
	for (size_t i = 0; i < n; i++) {
		GElf_Rel rel;
		GElf_Rela ra;

		if (rela ? !gelf_getrela(in, (int)i, &ra) : !gelf_getrel(in, (int)i, &rel))
			return fail("cannot read a relocation");
		if (remap_symbol(rw, rela ? &ra.r_info : &rel.r_info))
			return -1;
		if (rela ? !gelf_update_rela(d, (int)i, &ra) : !gelf_update_rel(d, (int)i, &rel))
			return fail("cannot write a relocation");
	}
	return 0;
}

/* String tables are written last, once every name is in them. */
static int write_data(struct rewrite *rw, Elf_Scn *out_scn, size_t i, const GElf_Shdr *sh)
{
	Elf_Scn *in_scn = elf_getscn(rw->in, i);
	Elf_Data *raw;

	if (sh->sh_type == SHT_SYMTAB)
		return write_symtab(rw, out_scn, sh, elf_getdata(in_scn, NULL));
	if (sh->sh_type == SHT_REL || sh->sh_type == SHT_RELA)
		return write_relocs(rw, out_scn, sh, elf_getdata(in_scn, NULL));
	if (rw->tabs[i].buf)
		return 0;
	if (sh->sh_type == SHT_NOBITS)
		return new_data(out_scn, sh, ELF_T_BYTE, NULL, sh->sh_size) ? 0 : oom();
	raw = elf_rawdata(in_scn, NULL);
	if (!raw && sh->sh_size)
		return fail("cannot read section data");
	return new_data(out_scn, sh, ELF_T_BYTE, raw ? raw->d_buf : NULL,
			raw ? raw->d_size : 0) ? 0 : oom();
}

static size_t remap_link(struct rewrite *rw, size_t link)
{
	return link && link < rw->shnum ? rw->newidx[link] : link;
}

static int write_header(struct rewrite *rw, Elf_Scn *scn, GElf_Shdr sh)
{
	const char *name = elf_strptr(rw->in, rw->shstrndx, sh.sh_name);
	long off = name ? strtab_add(name_table(rw, rw->shstrndx), name) : 0;

	if (off < 0)
		return oom();
	sh.sh_name = (Elf64_Word)off;
	if (sh.sh_type == SHT_REL || sh.sh_type == SHT_RELA) {
		sh.sh_link = (Elf64_Word)remap_link(rw, sh.sh_link);
		sh.sh_info = (Elf64_Word)remap_link(rw, sh.sh_info);
	} else if (sh.sh_type == SHT_SYMTAB) {
		sh.sh_link = (Elf64_Word)remap_link(rw, sh.sh_link);
		sh.sh_info = (Elf64_Word)rw->new_locals;
	} else {
		sh.sh_link = (Elf64_Word)remap_link(rw, sh.sh_link);
	}
	return gelf_update_shdr(scn, &sh) ? 0 : fail("cannot write a section header");
}

static int write_sections(struct rewrite *rw)
{
	Elf_Scn **out = calloc(rw->shnum, sizeof(*out));
	GElf_Shdr sh;
	int err = !out ? oom() : 0;

	for (size_t i = 1; i < rw->shnum && !err; i++) {
		if (!rw->newidx[i])
			continue;
		section_name(rw, i, &sh);
		out[i] = elf_newscn(rw->out);
		err = !out[i] ? fail("cannot add a section")
			      : write_header(rw, out[i], sh) || write_data(rw, out[i], i, &sh);
	}
	for (size_t i = 1; i < rw->shnum && !err; i++) {
		if (!rw->newidx[i] || !rw->tabs[i].buf)
			continue;
		section_name(rw, i, &sh);
		err = new_data(out[i], &sh, ELF_T_BYTE, rw->tabs[i].buf, rw->tabs[i].len)
			      ? 0 : oom();
	}
	free(out);
	return err;
}

static int write_ehdr(struct rewrite *rw)
{
	GElf_Ehdr in, eh;

	if (!gelf_getehdr(rw->in, &in) || !gelf_newehdr(rw->out, gelf_getclass(rw->in)) ||
	    !gelf_getehdr(rw->out, &eh))
		return fail("cannot create the ELF header");
	memcpy(eh.e_ident, in.e_ident, EI_NIDENT);
	eh.e_type = in.e_type;
	eh.e_machine = in.e_machine;
	eh.e_version = in.e_version;
	eh.e_flags = in.e_flags;
	eh.e_shstrndx = (Elf64_Half)rw->newidx[rw->shstrndx];
	return gelf_update_ehdr(rw->out, &eh) ? 0 : fail("cannot write the ELF header");
}

static int read_back(int fd, void **out, size_t *size)
{
	struct stat st;
	char *buf;

	if (fstat(fd, &st) || !(buf = malloc((size_t)st.st_size ? (size_t)st.st_size : 1)))
		return oom();
	if (pread(fd, buf, (size_t)st.st_size, 0) != st.st_size) {
		free(buf);
		diag_error("ELF post-processing: cannot read the rewritten object back");
		return -1;
	}
	*out = buf;
	*size = (size_t)st.st_size;
	return 0;
}

static int rewrite(struct rewrite *rw, void **out, size_t *out_size)
{
	int fd = memfd_create("irbpf-object", MFD_CLOEXEC), err;

	if (fd < 0) {
		diag_error("ELF post-processing: memfd_create failed");
		return -1;
	}
	rw->out = elf_begin(fd, ELF_C_WRITE, NULL);
	err = !rw->out ? fail("cannot create the output") : write_ehdr(rw);
	if (!err && rw->symtab)
		err = map_symbols(rw);
	if (!err)
		err = write_sections(rw);
	if (!err && elf_update(rw->out, ELF_C_WRITE) < 0)
		err = fail("cannot write the object");
	if (rw->out)
		elf_end(rw->out);
	if (!err)
		err = read_back(fd, out, out_size);
	close(fd);
	return err;
}

static void rewrite_free(struct rewrite *rw)
{
	for (size_t i = 0; rw->tabs && i < rw->shnum; i++)
		free(rw->tabs[i].buf);
	for (size_t i = 0; i < rw->n_bufs; i++)
		free(rw->bufs[i]);
	free(rw->bufs);
	free(rw->tabs);
	free(rw->newidx);
	free(rw->symmap);
	if (rw->in)
		elf_end(rw->in);
}

static int copy_unchanged(const void *in, size_t size, void **out, size_t *out_size)
{
	*out = malloc(size ? size : 1);
	if (!*out)
		return oom();
	memcpy(*out, in, size);
	*out_size = size;
	return 0;
}

/* The string tables this rewrite fills: section names, symbol names. */
static int start_tables(struct rewrite *rw)
{
	GElf_Shdr sh;

	rw->tabs[rw->shstrndx].buf = NULL;
	if (strtab_add(&rw->tabs[rw->shstrndx], "") < 0)
		return oom();
	if (rw->symtab && section_name(rw, rw->symtab, &sh) && sh.sh_link < rw->shnum &&
	    !rw->tabs[sh.sh_link].buf && strtab_add(&rw->tabs[sh.sh_link], "") < 0)
		return oom();
	return 0;
}

int elf_drop_sections(const void *in, size_t in_size, elf_drop_fn drop, void **out,
		      size_t *out_size)
{
	struct rewrite rw = { 0 };
	int dropped = 0, err;

	elf_version(EV_CURRENT);
	rw.in = elf_memory((char *)in, in_size);
	if (!rw.in || elf_kind(rw.in) != ELF_K_ELF)
		err = fail("not an ELF object");
	else if (elf_getshdrnum(rw.in, &rw.shnum) || elf_getshdrstrndx(rw.in, &rw.shstrndx))
		err = fail("cannot read the section headers");
	else if (!(rw.newidx = calloc(rw.shnum, sizeof(*rw.newidx))) ||
		 !(rw.tabs = calloc(rw.shnum, sizeof(*rw.tabs))))
		err = oom();
	else
		err = choose_sections(&rw, drop, &dropped);
	if (!err && !dropped)
		err = copy_unchanged(in, in_size, out, out_size);
	else if (!err)
		err = start_tables(&rw) || rewrite(&rw, out, out_size);
	rewrite_free(&rw);
	return err ? -1 : 0;
}
