/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_INSTALL_PATH_H
#define IRBPF_INSTALL_PATH_H

#include <stddef.h>

/*
 * <dir of the irbpf executable>/../lib/irbpf/@name: where an installed
 * irbpf keeps its runtime and the parts it runs (the tree is relocatable).
 * @exe is irbpf's path, NULL for this process's executable. Returns 0, or
 * -1 when the path cannot be formed.
 */
int install_path(const char *exe, const char *name, char *buf, size_t size);

#endif
