// SPDX-License-Identifier: MIT
/*
 * Where the runtime is: --runtime PATH, else next to an installed irbpf
 * (<dir of irbpf>/../lib/irbpf/runtime.bc, so the tree is relocatable),
 * else in the build tree irbpf was built in.
 */
#include "stages/input/runtime.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "io/install_path.h"
#include "diag/diag.h"

static int readable(const char *path)
{
	return access(path, R_OK) == 0;
}

int runtime_locate(const struct irbpf_options *opts, char *buf, size_t size)
{
	char installed[PATH_MAX] = "";

	if (opts->runtime) {
		if (!readable(opts->runtime)) {
			diag_error("cannot read runtime '%s': %s", opts->runtime,
				   strerror(errno));
			return -1;
		}
		snprintf(buf, size, "%s", opts->runtime);
		return 0;
	}
	if (!install_path(opts->exe, "runtime.bc", installed, sizeof(installed)) &&
	    readable(installed)) {
		snprintf(buf, size, "%s", installed);
		return 0;
	}
#ifdef IRBPF_BUILD_RUNTIME
	if (readable(IRBPF_BUILD_RUNTIME)) {
		snprintf(buf, size, "%s", IRBPF_BUILD_RUNTIME);
		return 0;
	}
#endif
	diag_error("cannot find the runtime (no readable %s); use --runtime PATH "
		   "or --no-runtime", installed[0] ? installed : "lib/irbpf/runtime.bc");
	return -1;
}
