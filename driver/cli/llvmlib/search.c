// SPDX-License-Identifier: MIT
/* Where irbpf looks for a libLLVM, in order (see llvmlib.h). */
#include "cli/llvmlib/llvmlib.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cargo/process.h"

struct search {
	struct llvm_places *pl;
	unsigned min_major;
};

static void add_lib(const struct llvm_lib *lib, void *arg)
{
	struct search *s = arg;
	struct llvm_places *pl = s->pl;

	if (lib->major < s->min_major || pl->n == sizeof(pl->libs) / sizeof(pl->libs[0]))
		return;
	for (size_t i = 0; i < pl->n; i++)
		if (!strcmp(pl->libs[i].path, lib->path))
			return;
	pl->libs[pl->n++] = *lib;
}

static void looked(struct llvm_places *pl, const char *place)
{
	size_t len = strlen(pl->looked);

	snprintf(pl->looked + len, sizeof(pl->looked) - len, "%s%s", len ? ", " : "", place);
}

static void search_rustc(struct search *s)
{
	char dir[PATH_MAX];

	if (rustc_lib_dir(dir, sizeof(dir))) {
		looked(s->pl, "rustc's sysroot (no rustc found)");
		return;
	}
	looked(s->pl, dir);
	llvm_lib_scan_dir(dir, add_lib, s);
}

static void search_list(struct search *s, const char *list)
{
	while (*list) {
		size_t len = strcspn(list, ":");
		char dir[PATH_MAX];

		if (len && len < sizeof(dir)) {
			snprintf(dir, sizeof(dir), "%.*s", (int)len, list);
			looked(s->pl, dir);
			llvm_lib_scan_dir(dir, add_lib, s);
		}
		list += len + (list[len] == ':');
	}
}

/* "<prefix>N" with N a release to consider; plain "<prefix>" when @bare. */
static int release_name(const char *name, const char *prefix, unsigned min_major, int bare)
{
	size_t len = strlen(prefix);
	char *end;
	unsigned long n;

	if (strncmp(name, prefix, len))
		return 0;
	if (!name[len])
		return bare;
	if (name[len] == '-' || name[len] < '0' || name[len] > '9')
		return 0;
	n = strtoul(name + len, &end, 10);
	return !*end && n >= min_major;
}

static void search_llvm_config_in(struct search *s, const char *bindir)
{
	DIR *d = opendir(bindir);
	struct dirent *e;

	while (d && (e = readdir(d))) {
		char tool[PATH_MAX], *out = NULL;
		const char *argv[] = { tool, "--libdir", NULL };

		if (!release_name(e->d_name, "llvm-config-", s->min_major, 0) &&
		    !release_name(e->d_name, "llvm-config", s->min_major, 1))
			continue;
		if (snprintf(tool, sizeof(tool), "%s/%s", bindir, e->d_name) >= (int)sizeof(tool) ||
		    access(tool, X_OK))
			continue;
		if (process_capture(argv, &out) == 0) {
			out[strcspn(out, "\n")] = '\0';
			llvm_lib_scan_dir(out, add_lib, s);
		}
		free(out);
	}
	if (d)
		closedir(d);
}

static void search_llvm_config(struct search *s)
{
	const char *path = getenv("PATH");

	looked(s->pl, "llvm-config-N --libdir");
	while (path && *path) {
		size_t len = strcspn(path, ":");
		char dir[PATH_MAX];

		if (len && len < sizeof(dir)) {
			snprintf(dir, sizeof(dir), "%.*s", (int)len, path);
			search_llvm_config_in(s, dir);
		}
		path += len + (path[len] == ':');
	}
}

/* Debian and Ubuntu: /usr/lib/llvm-N/lib. */
static void search_versioned_dirs(struct search *s)
{
	DIR *d = opendir("/usr/lib");
	struct dirent *e;

	looked(s->pl, "/usr/lib/llvm-N/lib");
	while (d && (e = readdir(d))) {
		char dir[PATH_MAX];

		if (release_name(e->d_name, "llvm-", s->min_major, 0) &&
		    snprintf(dir, sizeof(dir), "/usr/lib/%s/lib", e->d_name) < (int)sizeof(dir))
			llvm_lib_scan_dir(dir, add_lib, s);
	}
	if (d)
		closedir(d);
}

void llvm_search(struct llvm_places *pl, unsigned min_major, bool rustc)
{
	struct search s = { .pl = pl, .min_major = min_major };
	const char *list = getenv("IRBPF_LLVM_PATH");

	pl->n = 0;
	pl->looked[0] = '\0';
	if (rustc)
		search_rustc(&s);
	if (list && *list) {
		search_list(&s, list);
		return;
	}
	search_llvm_config(&s);
	search_versioned_dirs(&s);
#ifdef IRBPF_MULTIARCH_LIBDIR
	looked(pl, IRBPF_MULTIARCH_LIBDIR);
	llvm_lib_scan_dir(IRBPF_MULTIARCH_LIBDIR, add_lib, &s);
#endif
}

void llvm_search_dir(struct llvm_places *pl, const char *dir)
{
	struct search s = { .pl = pl };

	llvm_lib_scan_dir(dir, add_lib, &s);
}

int rustc_lib_dir(char *dir, size_t size)
{
	const char *rustc = getenv("RUSTC");
	const char *argv[] = { rustc && *rustc ? rustc : "rustc", "--print", "sysroot", NULL };
	char *out = NULL;
	int ret = -1;

	if (process_capture(argv, &out) == 0 && out[0]) {
		out[strcspn(out, "\n")] = '\0';
		ret = snprintf(dir, size, "%s/lib", out) < (int)size ? 0 : -1;
	}
	free(out);
	return ret;
}
