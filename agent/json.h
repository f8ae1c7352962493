/* SPDX-License-Identifier: MIT */
#ifndef AGENT_JSON_H
#define AGENT_JSON_H

#include <stddef.h>
#include <stdio.h>

struct bpf_object;
struct attachment;
struct events;

/* Writes the --json document, one line:
 *   {"programs":[{"name":N,"section":S,"attached":B},...],
 *    "maps":{"<name>":[{"key":K,"value":V},...],...},
 *    "maps_truncated":{"<name>":{"shown":N,"left_out":M,"exact":B},...},
 *    "events":{"<name>":{"printed":N,"lost":L},...}}
 * with at most @max_entries entries per map (0: all); "maps_truncated"
 * lists the maps that had more ("exact": false when M is a lower bound),
 * and "maps_stopped_by":"<signal>" is added when a stop signal ended the
 * dump early. Keys and values are printed by their BTF types (objects,
 * numbers, strings); without one, those of up to 8 bytes are little-endian
 * unsigned integers, longer ones hex strings. Per-CPU values are arrays,
 * one per CPU. Ring buffers and perf event arrays are under "events". */
void json_document(FILE *out, struct bpf_object *obj, const struct attachment *atts,
		   size_t n, const struct events *ev, unsigned max_entries);

/* A string, quoted and escaped. */
void json_string(FILE *out, const char *s);

#endif
