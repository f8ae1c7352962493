/* SPDX-License-Identifier: MIT */
#ifndef AGENT_PIN_H
#define AGENT_PIN_H

#include <stddef.h>

struct bpf_object;
struct bpf_link;

/* Checks that @dir is (or can be created) on bpffs, mounting bpffs at
 * /sys/fs/bpf when @dir lies under it and it is not mounted, and creates
 * DIR/maps and DIR/links. Writes DIR/maps to @maps_dir. Returns 0 or -1
 * (reported). */
int pin_prepare(const char *dir, char *maps_dir, size_t size);

/* DIR/maps/<name> for map @name (dots replaced: bpffs refuses them). */
void pin_map_path(char *path, size_t size, const char *maps_dir, const char *name);

/* Pins every map of @obj at DIR/maps/<name>. Returns 0 or -1 (reported). */
int pin_maps(struct bpf_object *obj, const char *dir);

/* Pins @link at DIR/links/<prog>. Returns 0 or -errno; @path receives the
 * pin path either way. */
int pin_link(struct bpf_link *link, const char *dir, const char *prog, char *path,
	     size_t size);

#endif
