// SPDX-License-Identifier: MIT
#include "sections.h"

#include <string.h>

int sections_is_program(const char *sec)
{
	if (!sec || !*sec)
		return 0;
	return strcmp(sec, ".text") && strncmp(sec, ".text.", 6);
}
