/* SPDX-License-Identifier: MIT */
#ifndef AGENT_LOAD_H
#define AGENT_LOAD_H

#include "options.h"

struct bpf_object;

/*
 * Opens opts->object and loads all its programs and maps into the kernel.
 * Maps are pinned by libbpf under @pin_root (maps that ask for pinning by
 * name) when it is set; otherwise no map is pinned. When the verifier
 * rejects a program, prints which one, why (the end of its log) and where,
 * and writes the whole log to --verifier-log if asked. Returns the loaded
 * object, or NULL after reporting the error.
 */
struct bpf_object *agent_load(const struct agent_options *opts, const char *pin_root);

#endif
