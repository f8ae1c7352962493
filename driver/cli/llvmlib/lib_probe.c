// SPDX-License-Identifier: MIT
/*
 * What a libLLVM file is, without loading it (irbpf may have an LLVM of
 * its own in the process): its release from the SONAME Debian and rustup
 * give it ("libLLVM.so.22.1", "libLLVM.so.22.1-rust-1.95.0-stable",
 * "libLLVM-15.so.1"), read with libelf.
 */
#include "cli/llvmlib/llvmlib.h"

#include <dirent.h>
#include <fcntl.h>
#include <gelf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int read_soname(Elf *elf, char *buf, size_t size)
{
	Elf_Scn *scn = NULL;
	GElf_Shdr shdr;
	GElf_Dyn dyn;

	while ((scn = elf_nextscn(elf, scn))) {
		Elf_Data *data;

		if (!gelf_getshdr(scn, &shdr) || shdr.sh_type != SHT_DYNAMIC ||
		    !shdr.sh_entsize || !(data = elf_getdata(scn, NULL)))
			continue;
		for (size_t i = 0; i < shdr.sh_size / shdr.sh_entsize; i++) {
			const char *name;

			if (!gelf_getdyn(data, (int)i, &dyn))
				break;
			if (dyn.d_tag != DT_SONAME)
				continue;
			name = elf_strptr(elf, shdr.sh_link, (size_t)dyn.d_un.d_val);
			if (!name)
				return -1;
			snprintf(buf, size, "%s", name);
			return 0;
		}
	}
	return -1;
}

/* A shared object for this machine's word size, and its SONAME if any. */
static int elf_soname(const char *path, char *buf, size_t size)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC), ret = -1;
	GElf_Ehdr ehdr;
	Elf *elf;

	if (fd < 0)
		return -1;
	elf_version(EV_CURRENT);
	elf = elf_begin(fd, ELF_C_READ_MMAP, NULL);
	if (elf && gelf_getehdr(elf, &ehdr) && ehdr.e_type == ET_DYN &&
	    gelf_getclass(elf) == (sizeof(void *) == 8 ? ELFCLASS64 : ELFCLASS32)) {
		buf[0] = '\0';
		read_soname(elf, buf, size);
		ret = 0;
	}
	elf_end(elf);
	close(fd);
	return ret;
}

/* "libLLVM.so.M.N[-rust-R-...]" or "libLLVM-M[.N][...]"; -1 otherwise. */
static int parse_name(const char *name, struct llvm_lib *lib)
{
	const char *rust = strstr(name, "-rust-");
	int n;

	lib->minor = 0;
	n = sscanf(name, "libLLVM.so.%u.%u", &lib->major, &lib->minor);
	if (n < 1)
		n = sscanf(name, "libLLVM-%u.%u", &lib->major, &lib->minor);
	if (n < 1)
		return -1;
	lib->rust[0] = '\0';
	if (rust)
		snprintf(lib->rust, sizeof(lib->rust), "%.*s",
			 (int)strcspn(rust + 6, "-"), rust + 6);
	return 0;
}

int llvm_lib_probe(const char *path, struct llvm_lib *lib)
{
	char real[PATH_MAX], soname[256];
	const char *base;

	if (!realpath(path, real) || elf_soname(real, soname, sizeof(soname)))
		return -1;
	base = strrchr(real, '/');
	base = base ? base + 1 : real;
	if (parse_name(soname, lib) && parse_name(base, lib))
		return -1;
	snprintf(lib->path, sizeof(lib->path), "%s", real);
	return 0;
}

/* libLLVM.so*, libLLVM-<digit>*: not the component archives (libLLVMCore.a). */
static int is_libllvm_name(const char *name)
{
	return !strncmp(name, "libLLVM.so", 10) ||
	       (!strncmp(name, "libLLVM-", 8) && name[8] >= '0' && name[8] <= '9');
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

static int seen(const struct llvm_lib *found, size_t n, const char *path)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(found[i].path, path))
			return 1;
	return 0;
}

void llvm_lib_scan_dir(const char *dir, llvm_lib_fn fn, void *arg)
{
	struct llvm_lib found[16];
	struct dirent **names;
	size_t n_found = 0;
	int n = scandir(dir, &names, NULL, by_name);

	for (int i = 0; i < n; i++) {
		char path[PATH_MAX];
		struct llvm_lib *lib = &found[n_found];

		if (n_found < sizeof(found) / sizeof(found[0]) &&
		    is_libllvm_name(names[i]->d_name) &&
		    snprintf(path, sizeof(path), "%s/%s", dir, names[i]->d_name) < (int)sizeof(path) &&
		    !llvm_lib_probe(path, lib) && !seen(found, n_found, lib->path)) {
			fn(lib, arg);
			n_found++;
		}
		free(names[i]);
	}
	if (n >= 0)
		free(names);
}
