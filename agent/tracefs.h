/* SPDX-License-Identifier: MIT */
#ifndef AGENT_TRACEFS_H
#define AGENT_TRACEFS_H

#include <stddef.h>

/* Finds tracefs (/sys/kernel/tracing, or debugfs's tracing directory) and
 * mounts it at /sys/kernel/tracing when it is not mounted anywhere (libbpf
 * needs it to resolve tracepoints). Writes its path to @root. Returns 0 or
 * -errno (and reports). */
int tracefs_ensure(char *root, size_t size);

#endif
