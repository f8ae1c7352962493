// SPDX-License-Identifier: MIT
#include "toolchain.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "process.h"
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

/* "<prefix><major>.<minor>" somewhere in @text. */
static int find_version(const char *text, const char *prefix, unsigned *major,
			unsigned *minor)
{
	const char *at = text ? strstr(text, prefix) : NULL;

	return at && sscanf(at + strlen(prefix), "%u.%u", major, minor) == 2 ? 0 : -1;
}

/* Runs @argv and returns its stdout, or NULL after an error line. */
static char *capture_output(const char *const *argv)
{
	char *out = NULL;
	int status = process_capture(argv, &out);

	if (status < 0) {
		report_error("cannot run '%s': %s", argv[0], strerror(errno));
		return NULL;
	}
	if (status != 0) {
		report_error("'%s %s' failed (exit status %d)", argv[0], argv[1], status);
		free(out);
		return NULL;
	}
	return out;
}

static void release_of(const char *rustc_vv, char *buf, size_t size)
{
	const char *at = strstr(rustc_vv, "release: ");

	snprintf(buf, size, "%.*s", at ? (int)strcspn(at + 9, "\n") : 0, at ? at + 9 : "");
}

int toolchain_check_llvm(const char *irbpf)
{
	const char *rustc = getenv("RUSTC");
	const char *rustc_argv[] = { rustc && *rustc ? rustc : "rustc", "-vV", NULL };
	const char *irbpf_argv[] = { irbpf, "--version", NULL };
	unsigned r_major, r_minor, i_major, i_minor;
	char release[64];
	char *r_out, *i_out;
	int ret = 0;

	r_out = capture_output(rustc_argv);
	if (!r_out)
		return -1;
	i_out = capture_output(irbpf_argv);
	if (!i_out) {
		free(r_out);
		return -1;
	}
	release_of(r_out, release, sizeof(release));
	if (find_version(i_out, "(LLVM ", &i_major, &i_minor)) {
		report_error("cannot tell the LLVM version of '%s' from its --version output", irbpf);
		ret = -1;
	} else if (find_version(r_out, "LLVM version: ", &r_major, &r_minor)) {
		report_warning("'%s -vV' names no LLVM version; assuming its bitcode is readable",
			       rustc_argv[0]);
	} else if (r_major > i_major || (r_major == i_major && r_minor > i_minor)) {
		report_error("rustc %s uses LLVM %u.%u but irbpf uses LLVM %u.%u: irbpf cannot "
			     "read its bitcode; use a Rust toolchain whose LLVM is not newer than "
			     "%u.%u (see `rustc -vV`)", release, r_major, r_minor, i_major,
			     i_minor, i_major, i_minor);
		ret = -1;
	}
	free(r_out);
	free(i_out);
	return ret;
}
