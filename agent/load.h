/* SPDX-License-Identifier: MIT */
#ifndef AGENT_LOAD_H
#define AGENT_LOAD_H

#include "options.h"

struct bpf_object;

/*
 * Opens opts->object and loads all its programs and maps into the kernel
 * (through irbpf_loader). Maps that ask to be pinned by name are pinned
 * under @maps_dir when it is set, and not at all otherwise. When the
 * verifier rejects a program, prints which one, why and where, and writes
 * the whole log to --verifier-log if asked; other failures get libbpf's
 * explanation. Returns the loaded object, or NULL after reporting.
 */
struct bpf_object *agent_load(const struct agent_options *opts, const char *maps_dir);

#endif
