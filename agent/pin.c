// SPDX-License-Identifier: MIT
/*
 * --pin DIR: maps at DIR/maps/<map>, links at DIR/links/<program>. Pinned
 * links keep their programs attached after the agent exits; removing the
 * files (rm -r DIR) detaches and frees everything.
 */
#include "pin.h"

#include <errno.h>
#include <limits.h>
#include <linux/magic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include <bpf/libbpf.h>

#include "msg.h"

#define BPFFS "/sys/fs/bpf"

static int is_bpffs(const char *path)
{
	struct statfs st;

	return statfs(path, &st) == 0 && st.f_type == BPF_FS_MAGIC;
}

/* Length of the longest prefix of @path, ending at a component boundary,
 * that exists; its real path goes to @real. */
static size_t existing_prefix(const char *path, char *real)
{
	char buf[PATH_MAX];
	size_t len = strlen(path);

	memcpy(buf, path, len + 1);
	for (;;) {
		if (realpath(len ? buf : (path[0] == '/' ? "/" : "."), real))
			return len;
		while (len && buf[len - 1] != '/')	/* drop the last component */
			len--;
		while (len > 1 && buf[len - 1] == '/')
			len--;
		if (len == 1 && buf[0] == '/')
			len = 0;
		buf[len] = '\0';
	}
}

/* The real path @dir names: its deepest existing ancestor resolved, the
 * rest appended as it is, which may not step back with "..". */
static int resolve_dir(const char *dir, char *out, size_t size)
{
	char real[PATH_MAX], rest[PATH_MAX];
	size_t used = 0;
	const char *p;

	if (strlen(dir) >= sizeof(rest))
		return -ENAMETOOLONG;
	p = dir + existing_prefix(dir, real);
	rest[0] = '\0';
	while (*p) {
		size_t n;

		p += strspn(p, "/");
		n = strcspn(p, "/");
		if (n == 2 && !strncmp(p, "..", 2))
			return -EXDEV;
		if (n && !(n == 1 && *p == '.'))
			used += (size_t)snprintf(rest + used, sizeof(rest) - used, "/%.*s",
						 (int)n, p);
		p += n;
	}
	if ((size_t)snprintf(out, size, "%s%s", strcmp(real, "/") ? real : "", rest) >= size)
		return -ENAMETOOLONG;
	if (!out[0])
		snprintf(out, size, "/");
	return 0;
}

/* Whether @path, or the nearest existing directory above it, is on bpffs. */
static int lands_on_bpffs(const char *dir)
{
	char real[PATH_MAX];

	existing_prefix(dir, real);
	return is_bpffs(real);
}

/* Creates @dir and its missing parents, recording each one it made. */
static int mkdir_p(const char *dir, struct pin_plan *plan)
{
	char path[PATH_MAX];
	size_t len = strlen(dir);

	if (len >= sizeof(path))
		return -ENAMETOOLONG;
	memcpy(path, dir, len + 1);
	for (char *p = path + 1;; p++) {
		if (*p && *p != '/')
			continue;
		bool end = !*p;

		*p = '\0';
		if (mkdir(path, 0700) == 0) {
			if (plan->n_created == PIN_MAX_CREATED)
				return -ENAMETOOLONG;
			plan->created[plan->n_created] = strdup(path);
			if (!plan->created[plan->n_created++])
				return -ENOMEM;
		} else if (errno != EEXIST) {
			return -errno;
		}
		if (end)
			return 0;
		*p = '/';
	}
}

static void mount_bpffs_for(const char *dir)
{
	if (strncmp(dir, BPFFS "/", strlen(BPFFS "/")) || is_bpffs(BPFFS))
		return;
	if (mount("bpf", BPFFS, "bpf", 0, NULL) == 0)
		agent_note("mounted bpffs at " BPFFS);
}

int pin_prepare(const char *dir, struct pin_plan *plan)
{
	char links_dir[PATH_MAX + 8];
	int err;

	memset(plan, 0, sizeof(*plan));
	err = resolve_dir(dir, plan->dir, sizeof(plan->dir));
	if (err == -EXDEV) {
		agent_error("--pin %s: '..' in a part of the path that does not exist yet", dir);
		return -1;
	}
	if (err) {
		agent_error("--pin %s: %s", dir, strerror(-err));
		return -1;
	}
	mount_bpffs_for(plan->dir);
	if (!lands_on_bpffs(plan->dir)) {
		if (strcmp(dir, plan->dir))
			agent_error("--pin %s (that is, %s) is not on bpffs", dir, plan->dir);
		else
			agent_error("--pin %s is not on bpffs (mount -t bpf bpf " BPFFS ")", dir);
		return -1;
	}
	snprintf(plan->maps_dir, sizeof(plan->maps_dir), "%s/maps", plan->dir);
	snprintf(links_dir, sizeof(links_dir), "%s/links", plan->dir);
	err = mkdir_p(plan->maps_dir, plan);
	if (!err)
		err = mkdir_p(links_dir, plan);
	if (err) {
		agent_error("cannot create %s: %s", plan->maps_dir, strerror(-err));
		pin_undo(plan);
		return -1;
	}
	return 0;
}

void pin_undo(struct pin_plan *plan)
{
	/* innermost first; a directory something else now uses stays */
	while (plan->n_created) {
		char *d = plan->created[--plan->n_created];

		rmdir(d);
		free(d);
	}
}

void pin_plan_free(struct pin_plan *plan)
{
	for (size_t i = 0; i < plan->n_created; i++)
		free(plan->created[i]);
	plan->n_created = 0;
}

/* bpffs refuses names with dots ("obj.bss"): libbpf pins those with
 * underscores, and so do we. */
void pin_map_path(char *path, size_t size, const char *maps_dir, const char *name)
{
	int len = snprintf(path, size, "%s/", maps_dir);

	snprintf(path + len, size - (size_t)len, "%s", name);
	for (char *p = path + len; *p; p++)
		if (*p == '.')
			*p = '_';
}

static void unpin_made(struct bpf_object *obj, const bool *made, size_t n)
{
	struct bpf_map *map;
	size_t i = 0;

	bpf_object__for_each_map(map, obj) {
		if (i < n && made[i])
			bpf_map__unpin(map, NULL);
		i++;
	}
}

int pin_maps(struct bpf_object *obj, const char *dir)
{
	char maps_dir[PATH_MAX], path[PATH_MAX + 256];
	struct bpf_map *map;
	size_t n = 0, i = 0;
	bool *made;
	int err;

	bpf_object__for_each_map(map, obj)
		n++;
	made = calloc(n ? n : 1, sizeof(*made));
	if (!made) {
		agent_error("out of memory");
		return -1;
	}
	snprintf(maps_dir, sizeof(maps_dir), "%s/maps", dir);
	bpf_object__for_each_map(map, obj) {
		bool was_pinned = bpf_map__is_pinned(map);

		pin_map_path(path, sizeof(path), maps_dir, bpf_map__name(map));
		err = bpf_map__pin(map, path);
		if (err) {
			agent_error("cannot pin map '%s' at %s: %s%s", bpf_map__name(map), path,
				    strerror(-err), err == -EEXIST ? " (left by an earlier run?)" : "");
			unpin_made(obj, made, i);
			free(made);
			return -1;
		}
		made[i++] = !was_pinned;
	}
	free(made);
	return 0;
}

int pin_link(struct bpf_link *link, const char *dir, const char *prog, char *path,
	     size_t size)
{
	snprintf(path, size, "%s/links/%s", dir, prog);
	return bpf_link__pin(link, path);
}
