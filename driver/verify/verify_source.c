// SPDX-License-Identifier: MIT
/*
 * From a verifier instruction index back to the source: which function
 * of the ELF object the instruction came from (libbpf submits the
 * program's own function followed by the .text subprograms it calls),
 * then the .BTF.ext line info record covering it.
 */
#include "verify/verify_source.h"

#include <gelf.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/btf.h>
#include <linux/bpf.h>

#include "verify/verify_subprogs.h"

#define INSN_SZ 8

/* .BTF.ext header (Documentation/bpf/btf.rst, "BTF.ext section"). */
struct btf_ext_hdr {
	uint16_t magic;
	uint8_t version;
	uint8_t flags;
	uint32_t hdr_len;
	uint32_t func_info_off;
	uint32_t func_info_len;
	uint32_t line_info_off;
	uint32_t line_info_len;
};

struct func_sym {
	const char *name;
	const char *section;
	const uint8_t *code;	/* the function's instructions */
	size_t value;		/* offset in its section, bytes */
	size_t size;
};

struct verify_source {
	Elf *elf;
	struct func_sym *funcs;
	size_t n_funcs;
	struct btf *btf;
	const uint8_t *ext;	/* .BTF.ext, validated */
	size_t ext_size;
};

static Elf_Data *section_data(Elf_Scn *scn)
{
	Elf_Data *data = elf_getdata(scn, NULL);

	return data && data->d_buf ? data : NULL;
}

static void add_func(struct verify_source *vs, Elf *elf, size_t shstrndx,
		     const GElf_Sym *sym, const char *name)
{
	Elf_Scn *scn = elf_getscn(elf, sym->st_shndx);
	Elf_Data *data = scn ? section_data(scn) : NULL;
	GElf_Shdr shdr;
	struct func_sym *f;

	if (!data || !gelf_getshdr(scn, &shdr) || sym->st_value + sym->st_size > data->d_size)
		return;
	f = &vs->funcs[vs->n_funcs++];
	f->name = name;
	f->section = elf_strptr(elf, shstrndx, shdr.sh_name);
	f->code = (const uint8_t *)data->d_buf + sym->st_value;
	f->value = sym->st_value;
	f->size = sym->st_size;
}

static int read_symbols(struct verify_source *vs, Elf *elf, size_t shstrndx,
			Elf_Scn *symtab)
{
	Elf_Data *data = section_data(symtab);
	GElf_Shdr shdr;
	size_t n;

	if (!data || !gelf_getshdr(symtab, &shdr) || !shdr.sh_entsize)
		return -1;
	n = shdr.sh_size / shdr.sh_entsize;
	vs->funcs = calloc(n ? n : 1, sizeof(*vs->funcs));
	if (!vs->funcs)
		return -1;
	for (size_t i = 0; i < n; i++) {
		GElf_Sym sym;
		const char *name;

		if (!gelf_getsym(data, (int)i, &sym) || GELF_ST_TYPE(sym.st_info) != STT_FUNC ||
		    sym.st_shndx == SHN_UNDEF || !sym.st_size)
			continue;
		name = elf_strptr(elf, shdr.sh_link, sym.st_name);
		if (name)
			add_func(vs, elf, shstrndx, &sym, name);
	}
	return 0;
}

static void read_btf(struct verify_source *vs, const char *name, Elf_Scn *scn)
{
	Elf_Data *data = section_data(scn);
	struct btf_ext *ext;

	if (!data)
		return;
	if (!strcmp(name, ".BTF")) {
		vs->btf = btf__new(data->d_buf, (uint32_t)data->d_size);
		return;
	}
	/* libbpf checks the layout; the records are read below. */
	ext = btf_ext__new(data->d_buf, (uint32_t)data->d_size);
	if (!ext)
		return;
	btf_ext__free(ext);
	vs->ext = data->d_buf;
	vs->ext_size = data->d_size;
}

struct verify_source *verify_source_open(const void *bytes, size_t size)
{
	struct verify_source *vs;
	Elf_Scn *scn = NULL;
	size_t shstrndx;

	if (elf_version(EV_CURRENT) == EV_NONE)
		return NULL;
	vs = calloc(1, sizeof(*vs));
	if (!vs)
		return NULL;
	/* ELF_C_READ_MEMORY never writes to the image. */
	vs->elf = elf_memory((char *)bytes, size);
	if (!vs->elf || elf_getshdrstrndx(vs->elf, &shstrndx)) {
		verify_source_close(vs);
		return NULL;
	}
	while ((scn = elf_nextscn(vs->elf, scn))) {
		GElf_Shdr shdr;
		const char *name;

		if (!gelf_getshdr(scn, &shdr))
			continue;
		name = elf_strptr(vs->elf, shstrndx, shdr.sh_name);
		if (shdr.sh_type == SHT_SYMTAB && !vs->funcs)
			read_symbols(vs, vs->elf, shstrndx, scn);
		else if (name && (!strcmp(name, ".BTF") || !strcmp(name, ".BTF.ext")))
			read_btf(vs, name, scn);
	}
	return vs;
}

void verify_source_close(struct verify_source *vs)
{
	if (!vs)
		return;
	btf__free(vs->btf);
	free(vs->funcs);
	if (vs->elf)
		elf_end(vs->elf);
	free(vs);
}

static const struct func_sym *find_program(const struct verify_source *vs,
					   const struct irbpf_prog_check *check)
{
	for (size_t i = 0; i < vs->n_funcs; i++) {
		const struct func_sym *f = &vs->funcs[i];

		if (!strcmp(f->name, check->name) && f->section &&
		    !strcmp(f->section, check->section))
			return f;
	}
	return NULL;
}

/* The .text function whose instructions libbpf copied to [start, end). */
static const struct func_sym *match_subprog(const struct verify_source *vs,
					    const struct irbpf_prog_check *check,
					    size_t start, size_t end)
{
	for (size_t i = 0; i < vs->n_funcs; i++) {
		const struct func_sym *f = &vs->funcs[i];
		bool same = f->size == (end - start) * INSN_SZ;

		/* Relocation changes immediates, never opcodes. */
		for (size_t k = 0; same && k < end - start; k++)
			same = f->code[k * INSN_SZ] == check->insns[start + k].code;
		if (same)
			return f;
	}
	return NULL;
}

/* Function holding @insn and the insn's byte offset in its section. */
static const struct func_sym *owner(const struct verify_source *vs,
				    const struct irbpf_prog_check *check, int insn,
				    size_t *sec_off)
{
	const struct func_sym *f;
	int starts[VERIFY_MAX_SUBPROGS];
	size_t n, k;

	if ((size_t)insn < check->main_insn_cnt || !check->insns) {
		f = find_program(vs, check);
		if (f)
			*sec_off = f->value + (size_t)insn * INSN_SZ;
		return f;
	}
	n = verify_subprog_starts(check, starts, VERIFY_MAX_SUBPROGS);
	for (k = n - 1; k > 0 && starts[k] > insn; k--)
		;
	f = match_subprog(vs, check, (size_t)starts[k],
			  k + 1 < n ? (size_t)starts[k + 1] : check->insn_cnt);
	if (f)
		*sec_off = f->value + (size_t)(insn - starts[k]) * INSN_SZ;
	return f;
}

const char *verify_source_subprog(const struct verify_source *vs,
				  const struct irbpf_prog_check *check, unsigned k)
{
	const struct func_sym *f;
	int starts[VERIFY_MAX_SUBPROGS];
	size_t n, off;

	if (!vs || !check->insns)
		return k == 0 ? check->name : NULL;
	n = verify_subprog_starts(check, starts, VERIFY_MAX_SUBPROGS);
	if (k >= n)
		return NULL;
	f = owner(vs, check, starts[k], &off);
	return f ? f->name : NULL;
}

/* The line info record of @f's section closest before @sec_off. */
static const struct bpf_line_info *line_record(const struct verify_source *vs,
					       const struct func_sym *f, size_t sec_off)
{
	const struct btf_ext_hdr *hdr = (const void *)vs->ext;
	const struct bpf_line_info *best = NULL;
	const uint8_t *p, *end;
	uint32_t rec_size;

	if (!vs->ext || !vs->btf || !hdr->line_info_len)
		return NULL;
	p = vs->ext + hdr->hdr_len + hdr->line_info_off;
	end = p + hdr->line_info_len;
	memcpy(&rec_size, p, sizeof(rec_size));
	if (rec_size < sizeof(struct bpf_line_info))
		return NULL;
	for (p += sizeof(rec_size); p + 8 <= end;) {
		uint32_t sec_name_off, num;
		const char *sec;

		memcpy(&sec_name_off, p, 4);
		memcpy(&num, p + 4, 4);
		p += 8;
		if ((size_t)(end - p) < (size_t)num * rec_size)
			return best;
		sec = btf__name_by_offset(vs->btf, sec_name_off);
		for (uint32_t i = 0; sec && !strcmp(sec, f->section) && i < num; i++) {
			const struct bpf_line_info *li = (const void *)(p + i * rec_size);

			if (li->insn_off < f->value || li->insn_off > sec_off ||
			    !BPF_LINE_INFO_LINE_NUM(li->line_col))
				continue;
			if (!best || li->insn_off >= best->insn_off)
				best = li;
		}
		p += (size_t)num * rec_size;
	}
	return best;
}

void verify_source_locate(const struct verify_source *vs,
			  const struct irbpf_prog_check *check, int insn,
			  struct verify_loc *loc)
{
	const struct bpf_line_info *li;
	const struct func_sym *f;
	size_t sec_off = 0;
	const char *s;

	memset(loc, 0, sizeof(*loc));
	if (!vs || insn < 0)
		return;
	f = owner(vs, check, insn, &sec_off);
	if (!f)
		return;
	snprintf(loc->func, sizeof(loc->func), "%s", f->name);
	li = line_record(vs, f, sec_off);
	if (!li)
		return;
	s = btf__name_by_offset(vs->btf, li->file_name_off);
	snprintf(loc->file, sizeof(loc->file), "%s", s ? s : "");
	loc->line = BPF_LINE_INFO_LINE_NUM(li->line_col);
	loc->col = BPF_LINE_INFO_LINE_COL(li->line_col);
	s = btf__name_by_offset(vs->btf, li->line_off);
	snprintf(loc->text, sizeof(loc->text), "%s", s ? s : "");
}

static bool ends_with_rs(const char *s, size_t len)
{
	return len > 3 && !memcmp(s + len - 3, ".rs", 3);
}

bool verify_source_is_rust(const struct verify_source *vs)
{
	const struct btf_header *hdr;
	const char *strs, *s, *end;
	uint32_t size = 0;

	if (!vs || !vs->btf)
		return false;
	hdr = btf__raw_data(vs->btf, &size);
	if (!hdr || size < sizeof(*hdr) ||
	    (uint64_t)hdr->hdr_len + hdr->str_off + hdr->str_len > size)
		return false;
	strs = (const char *)hdr + hdr->hdr_len + hdr->str_off;
	end = strs + hdr->str_len;
	for (s = strs; s < end;) {
		size_t len = strnlen(s, (size_t)(end - s));

		if (ends_with_rs(s, len))
			return true;
		s += len + 1;
	}
	return false;
}
