/* SPDX-License-Identifier: MIT */
#ifndef AGENT_PIN_H
#define AGENT_PIN_H

#include <limits.h>
#include <stddef.h>

struct bpf_object;
struct bpf_link;

#define PIN_MAX_CREATED 64

/* Where --pin DIR puts things, and the directories made for it. */
struct pin_plan {
	char dir[PATH_MAX];		/* DIR as a real path */
	char maps_dir[PATH_MAX + 8];	/* DIR/maps */
	char *created[PIN_MAX_CREATED];	/* made by pin_prepare(), outermost first */
	size_t n_created;
};

/*
 * Resolves @dir (its deepest existing ancestor by realpath(3); the rest
 * may not contain ".."), checks that it is (or can be created) on bpffs,
 * mounting bpffs at /sys/fs/bpf when @dir lies under it and it is not
 * mounted, and creates DIR/maps and DIR/links. Returns 0 or -1 (reported,
 * nothing left behind).
 */
int pin_prepare(const char *dir, struct pin_plan *plan);

/* Removes the directories pin_prepare() made (those still empty), for a
 * run that failed. */
void pin_undo(struct pin_plan *plan);
void pin_plan_free(struct pin_plan *plan);

/* DIR/maps/<name> for map @name (dots replaced: bpffs refuses them). */
void pin_map_path(char *path, size_t size, const char *maps_dir, const char *name);

/* Pins every map of @obj at DIR/maps/<name>. Returns 0 or -1 (reported;
 * the maps it pinned are unpinned again). */
int pin_maps(struct bpf_object *obj, const char *dir);

/* Pins @link at DIR/links/<prog>. Returns 0 or -errno; @path receives the
 * pin path either way. */
int pin_link(struct bpf_link *link, const char *dir, const char *prog, char *path,
	     size_t size);

#endif
