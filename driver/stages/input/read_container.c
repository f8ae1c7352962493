// SPDX-License-Identifier: MIT
/*
 * The modules inside an input file. Build systems hand over bitcode in
 * containers: ar archives (llvm-ar, rustc's rlibs, static libraries) and
 * ELF objects that embed it in .llvmbc. libelf reads both; the bitcode
 * itself goes to the same readers as a plain .bc file.
 */
#include "stages/input/read_container.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gelf.h>
#include <libelf.h>

#include "diag/diag.h"
#include "stages/input/read_bitcode_id.h"

#define AR_MAGIC "!<arch>\n"
#define THIN_AR_MAGIC "!<thin>\n"
#define AR_MAGIC_LEN 8
#define AR_HEADER_LEN 60

struct walk {
	input_module_fn fn;
	void *arg;
	bool verbose;
};

enum llvmbc { LLVMBC_DAMAGED = -1, LLVMBC_NONE, LLVMBC_EMPTY, LLVMBC_FOUND };

static int yield(struct walk *w, const char *name, const uint8_t *data, size_t size,
		 bool member)
{
	char producer[128];
	struct input_module mod = {
		.name = name, .data = data, .size = size, .producer = producer,
		.member = member,
	};

	if (bitcode_producer(data, size, producer, sizeof(producer)))
		producer[0] = '\0';
	return w->fn(&mod, w->arg);
}

/* The bytes of @elf's .llvmbc section, when it has one with bitcode. */
static enum llvmbc find_llvmbc(Elf *elf, const uint8_t **data, size_t *size)
{
	Elf_Scn *scn = NULL;
	size_t shstrndx;

	if (elf_getshdrstrndx(elf, &shstrndx))
		return LLVMBC_DAMAGED;
	while ((scn = elf_nextscn(elf, scn))) {
		const char *name;
		GElf_Shdr shdr;
		Elf_Data *d;

		if (!gelf_getshdr(scn, &shdr))
			return LLVMBC_DAMAGED;
		name = elf_strptr(elf, shstrndx, shdr.sh_name);
		if (!name)
			return LLVMBC_DAMAGED;
		if (strcmp(name, ".llvmbc") || shdr.sh_type == SHT_NOBITS)
			continue;
		d = elf_rawdata(scn, NULL);
		if (!d)
			return LLVMBC_DAMAGED;
		/* -fembed-bitcode=marker leaves the section without bitcode. */
		if (!d->d_buf || !bitcode_is_bitcode(d->d_buf, d->d_size))
			return LLVMBC_EMPTY;
		*data = d->d_buf;
		*size = d->d_size;
		return LLVMBC_FOUND;
	}
	return LLVMBC_NONE;
}

static int read_object(struct walk *w, const char *name, Elf *elf)
{
	const uint8_t *bc = NULL;
	size_t size = 0;

	switch (find_llvmbc(elf, &bc, &size)) {
	case LLVMBC_DAMAGED:
		diag_error("%s: damaged ELF object: %s", name, elf_errmsg(-1));
		return -1;
	case LLVMBC_NONE:
		diag_error("%s: an ELF object without LLVM bitcode (no .llvmbc section): "
			   "irbpf compiles bitcode (clang -emit-llvm -c, or an object "
			   "built with -fembed-bitcode) or textual IR (.ll)", name);
		return -1;
	case LLVMBC_EMPTY:
		diag_error("%s: an ELF object whose .llvmbc section holds no bitcode "
			   "(-fembed-bitcode=marker?): build it with -fembed-bitcode", name);
		return -1;
	default:
		return yield(w, name, bc, size, false);
	}
}

static void skipped(struct walk *w, const char *name, const char *why)
{
	if (w->verbose)
		diag_note("%s: %s, skipped", name, why);
}

/* One archive member; *found counts those holding bitcode. */
static int read_member(struct walk *w, const char *name, Elf *member, size_t *found)
{
	const uint8_t *bc = NULL;
	size_t size = 0;

	switch (elf_kind(member)) {
	case ELF_K_ELF:
		switch (find_llvmbc(member, &bc, &size)) {
		case LLVMBC_DAMAGED:
			diag_error("%s: damaged ELF object: %s", name, elf_errmsg(-1));
			return -1;
		case LLVMBC_NONE:
		case LLVMBC_EMPTY:
			skipped(w, name, "an ELF object without bitcode in .llvmbc");
			return 0;
		default:
			break;
		}
		break;
	case ELF_K_NONE:
		bc = (const uint8_t *)elf_rawfile(member, &size);
		if (!bc || !bitcode_is_bitcode(bc, size)) {
			skipped(w, name, "not LLVM bitcode");
			return 0;
		}
		break;
	default:
		skipped(w, name, "neither bitcode nor an ELF object");
		return 0;
	}
	(*found)++;
	return yield(w, name, bc, size, true);
}

/* The archive's own tables ("/", "//", "/SYM64/") are no members. */
static bool is_member(const Elf_Arhdr *hdr)
{
	return hdr->ar_name && hdr->ar_name[0] != '/';
}

/* Whether @member is the last one in an archive of @size bytes: libelf's
 * iteration also ends at a damaged header. */
static bool at_end(Elf *member, const Elf_Arhdr *hdr, size_t size)
{
	int64_t off = elf_getaroff(member);
	uint64_t next;

	if (off < 0 || !hdr)
		return true;
	next = (uint64_t)off + AR_HEADER_LEN + (uint64_t)hdr->ar_size;
	next += next & 1;	/* members start at even offsets */
	return next >= size;
}

/* One entry of an archive: a member, or one of its tables. Sets *next to
 * how libelf goes on, ELF_C_NULL after the last. */
static int read_entry(struct walk *w, const char *name, Elf *entry, size_t size,
		      size_t *found, Elf_Cmd *next)
{
	Elf_Arhdr *hdr = elf_getarhdr(entry);
	char *full = NULL;
	int ret = 0;
	bool last;

	*next = ELF_C_NULL;
	if (!hdr) {
		diag_error("%s: damaged archive: %s", name, elf_errmsg(-1));
		return -1;
	}
	if (is_member(hdr)) {
		if (asprintf(&full, "%s(%s)", name, hdr->ar_name) < 0) {
			diag_error("out of memory");
			return -1;
		}
		ret = read_member(w, full, entry, found);
	}
	last = at_end(entry, hdr, size);
	/* elf_next reads the next header into where @hdr points. */
	*next = elf_next(entry);
	if (!ret && *next == ELF_C_NULL && !last) {
		diag_error("%s: damaged archive: no member header after %s", name,
			   full ? full : "its index");
		ret = -1;
	}
	free(full);
	return ret;
}

static int read_archive(struct walk *w, const char *name, Elf *ar, size_t size)
{
	Elf_Cmd cmd = ELF_C_READ_MMAP;
	size_t found = 0;
	int ret = 0;

	while (!ret && cmd != ELF_C_NULL) {
		Elf *entry;
		int err;

		elf_errno();	/* clear: NULL from elf_begin is the end or damage */
		entry = elf_begin(-1, cmd, ar);
		if (!entry) {
			err = elf_errno();
			if (err) {
				diag_error("%s: damaged archive: %s", name, elf_errmsg(err));
				ret = -1;
			}
			break;
		}
		ret = read_entry(w, name, entry, size, &found, &cmd);
		elf_end(entry);
	}
	if (!ret && !found) {
		diag_error("%s: an archive without LLVM bitcode: no member is bitcode or "
			   "an ELF object with .llvmbc", name);
		return -1;
	}
	return ret;
}

static int read_elf_image(struct walk *w, const char *name, const uint8_t *data,
			  size_t size)
{
	Elf *elf;
	int ret;

	if (elf_version(EV_CURRENT) == EV_NONE) {
		diag_error("%s: libelf: %s", name, elf_errmsg(-1));
		return -1;
	}
	/* libelf only reads the image here; it wants it non-const. */
	elf = elf_memory((char *)data, size);
	if (!elf) {
		diag_error("%s: %s", name, elf_errmsg(-1));
		return -1;
	}
	switch (elf_kind(elf)) {
	case ELF_K_AR:
		ret = read_archive(w, name, elf, size);
		break;
	case ELF_K_ELF:
		ret = read_object(w, name, elf);
		break;
	default:
		diag_error("%s: damaged archive or ELF object", name);
		ret = -1;
		break;
	}
	elf_end(elf);
	return ret;
}

int read_container(const char *name, const uint8_t *data, size_t size, bool verbose,
		   input_module_fn fn, void *arg)
{
	struct walk w = { .fn = fn, .arg = arg, .verbose = verbose };

	if (size >= AR_MAGIC_LEN && !memcmp(data, THIN_AR_MAGIC, AR_MAGIC_LEN)) {
		diag_error("%s: a thin archive: irbpf reads archives that hold their "
			   "members (llvm-ar without --thin)", name);
		return -1;
	}
	if (size == AR_MAGIC_LEN && !memcmp(data, AR_MAGIC, AR_MAGIC_LEN)) {
		diag_error("%s: an empty archive", name);
		return -1;
	}
	if ((size >= AR_MAGIC_LEN && !memcmp(data, AR_MAGIC, AR_MAGIC_LEN)) ||
	    (size >= SELFMAG && !memcmp(data, ELFMAG, SELFMAG)))
		return read_elf_image(&w, name, data, size);
	return yield(&w, name, data, size, false);
}
