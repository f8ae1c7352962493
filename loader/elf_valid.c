// SPDX-License-Identifier: MIT
/*
 * The ELF side of an object as libbpf 1.1 walks it: every section header
 * readable and named, section data inside the file, one symbol table
 * whose symbols point into their sections, relocations that name existing
 * symbols and offsets, and .BTF/.BTF.ext checked by btf_valid.c and
 * btf_ext_valid.c.
 */
#include "validate.h"
#include "valid_priv.h"

#include <endian.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <gelf.h>

#ifndef EM_BPF
#define EM_BPF 247
#endif

struct elf_view {
	Elf *elf;
	size_t n_sections, shstrndx;
	size_t symtab;		/* section index, 0 when none */
	size_t n_syms;
	Elf_Scn *btf, *btf_ext;
	struct valid_why why;
};

/* The section header table lies inside the file and counts sections. */
static int check_section_table(struct elf_view *v, const GElf_Ehdr *eh)
{
	size_t file_size = 0, entries = eh->e_shnum ? eh->e_shnum : 1;

	elf_rawfile(v->elf, &file_size);
	if (!eh->e_shoff)
		return valid_fail(&v->why, "no section headers");
	if (eh->e_shentsize != sizeof(Elf64_Shdr) || eh->e_shoff > file_size ||
	    (file_size - eh->e_shoff) / sizeof(Elf64_Shdr) < entries)
		return valid_fail(&v->why, "the section header table (%zu entries of %u bytes at offset "
				  "%llu) does not fit in the file (%zu bytes)", entries,
				  eh->e_shentsize, (unsigned long long)eh->e_shoff, file_size);
	if (elf_getshdrnum(v->elf, &v->n_sections) || elf_getshdrstrndx(v->elf, &v->shstrndx))
		return valid_fail(&v->why, "cannot read the section headers: %s", elf_errmsg(-1));
	if (v->n_sections < 2 && !eh->e_shnum)
		return valid_fail(&v->why, "no sections (a section count of 0 in the ELF header, and "
				  "none in section 0 for extended numbering)");
	if (v->n_sections < 2)
		return valid_fail(&v->why, "no sections");
	if (!v->shstrndx || v->shstrndx >= v->n_sections ||
	    !elf_rawdata(elf_getscn(v->elf, v->shstrndx), NULL))
		return valid_fail(&v->why, "no section names (string table section %zu)", v->shstrndx);
	return 0;
}

static int check_header(struct elf_view *v)
{
	GElf_Ehdr eh;

	if (elf_kind(v->elf) != ELF_K_ELF || !gelf_getehdr(v->elf, &eh))
		return valid_fail(&v->why, "not an ELF object");
	if (eh.e_ident[EI_CLASS] != ELFCLASS64)
		return valid_fail(&v->why, "not a 64-bit ELF object");
	if (eh.e_ident[EI_DATA] != (BYTE_ORDER == LITTLE_ENDIAN ? ELFDATA2LSB : ELFDATA2MSB))
		return valid_fail(&v->why, "ELF byte order differs from this machine's");
	if (eh.e_type != ET_REL || (eh.e_machine && eh.e_machine != EM_BPF))
		return valid_fail(&v->why, "not a BPF object file (ELF type %u, machine %u)", eh.e_type,
				  eh.e_machine);
	return check_section_table(v, &eh);
}

static bool sym_in_range(const struct elf_view *v, const GElf_Sym *sym)
{
	return sym->st_shndx < v->n_sections || sym->st_shndx == SHN_ABS ||
	       sym->st_shndx == SHN_COMMON;
}

/* A defined symbol lies inside its section. */
static bool sym_fits(const struct elf_view *v, const GElf_Sym *sym)
{
	GElf_Shdr sh;

	if (sym->st_shndx == SHN_UNDEF || sym->st_shndx >= v->n_sections)
		return true;
	if (!gelf_getshdr(elf_getscn(v->elf, sym->st_shndx), &sh))
		return false;
	return sym->st_value <= sh.sh_size && sym->st_size <= sh.sh_size - sym->st_value;
}

static int check_symbols(struct elf_view *v)
{
	Elf_Scn *scn = elf_getscn(v->elf, v->symtab);
	Elf_Data *d = elf_getdata(scn, NULL);
	GElf_Shdr sh, str;

	if (!d || !d->d_buf || !gelf_getshdr(scn, &sh))
		return valid_fail(&v->why, "the symbol table has no data");
	if (!sh.sh_link || sh.sh_link >= v->n_sections ||
	    !gelf_getshdr(elf_getscn(v->elf, sh.sh_link), &str) || str.sh_type != SHT_STRTAB)
		return valid_fail(&v->why, "the symbol table links to section %u, not a string table",
				  sh.sh_link);
	v->n_syms = d->d_size / sizeof(Elf64_Sym);
	for (size_t i = 1; i < v->n_syms; i++) {
		GElf_Sym sym;

		if (!gelf_getsym(d, (int)i, &sym))
			return valid_fail(&v->why, "cannot read symbol %zu", i);
		if (sym.st_name >= str.sh_size)
			return valid_fail(&v->why, "symbol %zu has a name past its string table", i);
		if (!sym_in_range(v, &sym))
			return valid_fail(&v->why, "symbol %zu is in section %u; there are %zu", i,
					  sym.st_shndx, v->n_sections);
		if (!sym_fits(v, &sym))
			return valid_fail(&v->why, "symbol %zu (offset %llu, %llu bytes) lies outside its "
					  "section", i, (unsigned long long)sym.st_value,
					  (unsigned long long)sym.st_size);
	}
	return 0;
}

static int check_relocations(struct elf_view *v, Elf_Scn *scn, const GElf_Shdr *sh,
			     const char *name)
{
	Elf_Data *d = elf_getdata(scn, NULL);
	GElf_Shdr target;

	if (!sh->sh_info || sh->sh_info >= v->n_sections ||
	    !gelf_getshdr(elf_getscn(v->elf, sh->sh_info), &target))
		return valid_fail(&v->why, "relocation section '%s' applies to section %u; there are %zu",
				  name, sh->sh_info, v->n_sections);
	if (!d || !d->d_buf)
		return valid_fail(&v->why, "relocation section '%s' has no data", name);
	for (size_t i = 0; i < d->d_size / sizeof(Elf64_Rel); i++) {
		GElf_Rel rel;

		if (!gelf_getrel(d, (int)i, &rel))
			return valid_fail(&v->why, "cannot read relocation %zu of '%s'", i, name);
		if (GELF_R_SYM(rel.r_info) >= v->n_syms)
			return valid_fail(&v->why, "relocation %zu of '%s' names symbol %llu; there are %zu",
					  i, name, (unsigned long long)GELF_R_SYM(rel.r_info),
					  v->n_syms);
		if (rel.r_offset >= target.sh_size)
			return valid_fail(&v->why, "relocation %zu of '%s' is at offset %llu, past its "
					  "section", i, name, (unsigned long long)rel.r_offset);
	}
	return 0;
}

/* Headers and names of all sections; finds the symbol table and BTF. */
static int scan_sections(struct elf_view *v)
{
	for (size_t i = 1; i < v->n_sections; i++) {
		Elf_Scn *scn = elf_getscn(v->elf, i);
		const char *name;
		GElf_Shdr sh;

		if (!scn || !gelf_getshdr(scn, &sh))
			return valid_fail(&v->why, "cannot read section header %zu: %s", i, elf_errmsg(-1));
		name = elf_strptr(v->elf, v->shstrndx, sh.sh_name);
		if (!name)
			return valid_fail(&v->why, "section %zu has no name", i);
		if (sh.sh_type != SHT_NOBITS && sh.sh_size && !elf_getdata(scn, NULL))
			return valid_fail(&v->why, "section '%s' (%llu bytes at %llu) is not in the file",
					  name, (unsigned long long)sh.sh_size,
					  (unsigned long long)sh.sh_offset);
		if (sh.sh_type == SHT_SYMTAB) {
			if (v->symtab)
				return valid_fail(&v->why, "more than one symbol table");
			v->symtab = i;
		} else if (!strcmp(name, ".BTF")) {
			v->btf = scn;
		} else if (!strcmp(name, ".BTF.ext")) {
			v->btf_ext = scn;
		}
	}
	if (!v->symtab)
		return valid_fail(&v->why, "no symbol table");
	return 0;
}

static int check_all_relocations(struct elf_view *v)
{
	for (size_t i = 1; i < v->n_sections; i++) {
		Elf_Scn *scn = elf_getscn(v->elf, i);
		GElf_Shdr sh;
		int err;

		if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_REL)
			continue;
		err = check_relocations(v, scn, &sh, elf_strptr(v->elf, v->shstrndx, sh.sh_name));
		if (err)
			return err;
	}
	return 0;
}

static Elf_Data *btf_data(struct elf_view *v, Elf_Scn *scn, const char *name)
{
	Elf_Data *d = elf_getdata(scn, NULL);

	if (!d || !d->d_buf || !d->d_size)
		valid_fail(&v->why, "section '%s' has no data", name);
	return d && d->d_buf && d->d_size ? d : NULL;
}

static int check_btf(struct elf_view *v)
{
	struct irbpf_btf_shape shape = { 0 };
	Elf_Data *d;
	int err = 0;

	if (v->btf) {
		d = btf_data(v, v->btf, ".BTF");
		if (!d)
			return -EINVAL;
		err = irbpf_btf_validate(d->d_buf, d->d_size, &shape, v->why.buf, v->why.size);
	}
	if (!err && v->btf_ext) {
		d = btf_data(v, v->btf_ext, ".BTF.ext");
		err = d ? irbpf_btf_ext_validate(d->d_buf, d->d_size, v->btf ? &shape : NULL,
						 v->why.buf, v->why.size)
			: -EINVAL;
	}
	irbpf_btf_shape_free(&shape);
	return err;
}

int irbpf_elf_validate(Elf *elf, char *why, size_t why_size)
{
	struct elf_view v = { .elf = elf, .why = { why, why_size, "" } };
	int err;

	if (!elf)
		return valid_fail(&v.why, "not an ELF object: %s", elf_errmsg(-1));
	err = check_header(&v);
	if (!err)
		err = scan_sections(&v);
	if (!err)
		err = check_symbols(&v);
	if (!err)
		err = check_all_relocations(&v);
	if (!err)
		err = check_btf(&v);
	return err;
}
