// SPDX-License-Identifier: MIT
/* Hands the compile over to irbpf-llvm-run, which loads a libLLVM. */
#include "cli/llvmlib/llvmlib.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "io/install_path.h"
#include "diag/diag.h"

#define LAUNCHER "irbpf-llvm-run"

/* Installed beside the runtime, else the build tree's. */
static int find_launcher(char *buf, size_t size)
{
	if (!install_path(NULL, LAUNCHER, buf, size) && !access(buf, X_OK))
		return 0;
#ifdef IRBPF_BUILD_LAUNCHER
	if (!access(IRBPF_BUILD_LAUNCHER, X_OK)) {
		snprintf(buf, size, "%s", IRBPF_BUILD_LAUNCHER);
		return 0;
	}
#endif
	diag_error("cannot find %s (looked in %s), which runs a libLLVM other than "
		   "irbpf's own", LAUNCHER, buf);
	return -1;
}

/* argv for the launcher: ARGV0 LIBLLVM IRBPF ARGS... */
int llvm_exec(char **argv, const struct llvm_lib *lib)
{
	char launcher[PATH_MAX], exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	size_t argc = 0;
	char **args;

	if (n <= 0 || find_launcher(launcher, sizeof(launcher))) {
		if (n <= 0)
			diag_error("cannot tell where irbpf is: %s", strerror(errno));
		return 1;
	}
	exe[n] = '\0';
	while (argv[argc])
		argc++;
	args = calloc(argc + 3, sizeof(*args));
	if (!args) {
		diag_error("out of memory");
		return 1;
	}
	args[0] = argv[0];
	args[1] = (char *)lib->path;
	args[2] = exe;
	memcpy(args + 3, argv + 1, (argc - 1) * sizeof(*args));
	fflush(NULL);
	execv(launcher, args);
	diag_error("cannot run %s: %s", launcher, strerror(errno));
	free(args);
	return 1;
}
