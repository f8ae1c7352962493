// SPDX-License-Identifier: MIT
#include "io/install_path.h"

#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <unistd.h>

int install_path(const char *exe, const char *name, char *buf, size_t size)
{
	char self[PATH_MAX];
	int len;

	if (exe) {
		len = snprintf(self, sizeof(self), "%s", exe);
		if (len < 0 || (size_t)len >= sizeof(self))
			return -1;
	} else {
		ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);

		if (n <= 0)
			return -1;
		self[n] = '\0';
	}
	len = snprintf(buf, size, "%s/../lib/irbpf/%s", dirname(self), name);
	return len < 0 || (size_t)len >= size ? -1 : 0;
}
