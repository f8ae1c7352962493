// SPDX-License-Identifier: MIT
#include "toolchain.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "report.h"

static int executable(const char *path)
{
	return access(path, X_OK) == 0;
}

static int beside_self(char *buf, size_t size)
{
	char self[PATH_MAX];
	ssize_t len = readlink("/proc/self/exe", self, sizeof(self) - 1);
	char *slash;

	if (len <= 0)
		return 0;
	self[len] = '\0';
	slash = strrchr(self, '/');
	if (!slash)
		return 0;
	*slash = '\0';
	return snprintf(buf, size, "%s/irbpf", self) < (int)size && executable(buf);
}

static int on_path(char *buf, size_t size)
{
	const char *path = getenv("PATH");

	while (path && *path) {
		size_t len = strcspn(path, ":");

		if (len && snprintf(buf, size, "%.*s/irbpf", (int)len, path) < (int)size &&
		    executable(buf))
			return 1;
		path += len + (path[len] == ':');
	}
	return 0;
}

int toolchain_find_irbpf(char *buf, size_t size)
{
	const char *env = getenv("IRBPF");

	if (env && *env) {
		if (!executable(env)) {
			report_error("IRBPF is set to '%s', which is not an executable file", env);
			return -1;
		}
		snprintf(buf, size, "%s", env);
		return 0;
	}
	if (beside_self(buf, size) || on_path(buf, size))
		return 0;
	report_error("irbpf not found: it is neither beside cargo-irbpf nor on PATH, and IRBPF "
		     "is not set (install irbpf, or set IRBPF=/path/to/irbpf)");
	return -1;
}

/*
 * Run as `cargo irbpf`, cargo says which cargo it is ($CARGO): the rustc
 * beside it built the crate, and its libLLVM reads the bitcode when
 * irbpf's own LLVM is older (irbpf asks $RUSTC for its sysroot).
 */
void toolchain_export_rustc(void)
{
	const char *rustc = getenv("RUSTC"), *cargo = getenv("CARGO");
	char path[PATH_MAX];
	const char *slash;

	if ((rustc && *rustc) || !cargo || !(slash = strrchr(cargo, '/')))
		return;
	if (snprintf(path, sizeof(path), "%.*s/rustc", (int)(slash - cargo), cargo) <
		    (int)sizeof(path) && executable(path))
		setenv("RUSTC", path, 1);
}
