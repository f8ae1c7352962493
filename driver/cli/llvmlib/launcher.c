// SPDX-License-Identifier: MIT
/*
 * irbpf-llvm-run LIBLLVM IRBPF ARGS...: run by irbpf when its own LLVM is
 * too old for an input. Loads the libLLVM, then irbpf-core.so (beside this
 * executable) whose LLVM-C calls it resolves, and compiles as
 * `irbpf ARGS...` would. Links no LLVM itself.
 */
#include <dlfcn.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli/heap.h"
#include "cli/llvmlib/core_entry.h"
#include "cli/llvmlib/llvmlib.h"

#define UNDEFINED "undefined symbol: "

static int core_path(char *buf, size_t size)
{
	char self[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);

	if (n <= 0)
		return -1;
	self[n] = '\0';
	return snprintf(buf, size, "%s/%s", dirname(self), IRBPF_CORE_FILE) < (int)size ? 0 : -1;
}

/* glibc says "FILE: undefined symbol: NAME[, version V]". */
static void report_load_error(const char *lib, const char *msg)
{
	const char *sym = strstr(msg, UNDEFINED);

	if (sym) {
		sym += strlen(UNDEFINED);
		fprintf(stderr, "irbpf: error: %s has no %.*s, which irbpf calls: it is not an "
			"LLVM irbpf can use (release %d or newer, with the BPF target)\n",
			lib, (int)strcspn(sym, ", \n"), sym, LLVMLIB_MIN_MAJOR);
	} else {
		fprintf(stderr, "irbpf: error: cannot load irbpf's compiler: %s\n", msg);
	}
}

int main(int argc, char **argv)
{
	char core[PATH_MAX];
	const char *lib, *exe;
	irbpf_core_main_fn entry;
	void *handle, *heap;
	int ret;

	if (argc < 3) {
		fputs("usage: irbpf-llvm-run LIBLLVM IRBPF [ARGS...] (run by irbpf)\n", stderr);
		return 2;
	}
	lib = argv[1];
	exe = argv[2];
	if (!dlopen(lib, RTLD_NOW | RTLD_GLOBAL)) {
		fprintf(stderr, "irbpf: error: cannot load LLVM: %s\n", dlerror());
		return 1;
	}
	if (core_path(core, sizeof(core))) {
		fputs("irbpf: error: cannot tell where irbpf-llvm-run is\n", stderr);
		return 1;
	}
	handle = dlopen(core, RTLD_NOW | RTLD_LOCAL);
	if (!handle) {
		report_load_error(lib, dlerror());
		return 1;
	}
	entry = (irbpf_core_main_fn)dlsym(handle, IRBPF_CORE_ENTRY);
	if (!entry) {
		fprintf(stderr, "irbpf: error: %s: %s\n", core, dlerror());
		return 1;
	}
	argv[2] = argv[0];
	heap = heap_prepare();
	ret = entry(argc - 2, argv + 2, exe, lib);
	heap_release(heap);
	return ret;
}
