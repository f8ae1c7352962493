// SPDX-License-Identifier: MIT
/* Locating and, if needed, mounting tracefs. */
#include "tracefs.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <unistd.h>

#include "msg.h"

#define TRACEFS "/sys/kernel/tracing"
#define DEBUGFS_TRACING "/sys/kernel/debug/tracing"

static int usable(const char *dir)
{
	char path[256];

	snprintf(path, sizeof(path), "%s/trace_pipe", dir);
	return access(path, R_OK) == 0;
}

int tracefs_ensure(char *root, size_t size)
{
	const char *dir = NULL;

	if (usable(TRACEFS))
		dir = TRACEFS;
	else if (usable(DEBUGFS_TRACING))
		dir = DEBUGFS_TRACING;
	else if (mount("tracefs", TRACEFS, "tracefs", 0, NULL) == 0 && usable(TRACEFS)) {
		agent_note("mounted tracefs at " TRACEFS);
		dir = TRACEFS;
	}
	if (!dir) {
		int err = errno ? errno : ENOENT;

		agent_warning("tracefs is not mounted and mounting it at " TRACEFS " failed: %s",
			      strerror(err));
		return -err;
	}
	snprintf(root, size, "%s", dir);
	return 0;
}
