/* SPDX-License-Identifier: MIT */
#ifndef AGENT_REPORT_H
#define AGENT_REPORT_H

#include <stddef.h>
#include <stdio.h>

struct bpf_object;
struct attachment;
struct events;

/* What was loaded and attached: one line per program (id, section,
 * where it is attached or why not) and per map (id, type, sizes, pin). */
void report_load(FILE *out, struct bpf_object *obj, const struct attachment *atts, size_t n,
		 const char *pin_dir);

/* Contents of every map holding state, under a heading line @title: at
 * most @max_entries entries per map (0: all), and how many were left out;
 * for the event maps of @ev, how many records were printed. A stop signal
 * ends the dump early. */
void report_maps(FILE *out, struct bpf_object *obj, const struct events *ev,
		 const char *title, unsigned max_entries);

#endif
