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
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/vfs.h>

#include <bpf/libbpf.h>

#include "msg.h"

#define BPFFS "/sys/fs/bpf"

static int is_bpffs(const char *path)
{
	struct statfs st;

	return statfs(path, &st) == 0 && st.f_type == BPF_FS_MAGIC;
}

/* Whether @path, or the nearest existing directory above it, is on bpffs. */
static int lands_on_bpffs(const char *dir)
{
	char path[PATH_MAX];
	struct stat st;
	char *slash;

	snprintf(path, sizeof(path), "%s", dir);
	while (stat(path, &st)) {
		slash = strrchr(path, '/');
		if (!slash)
			return is_bpffs(".");
		if (slash == path) {
			path[1] = '\0';
			break;
		}
		*slash = '\0';
	}
	return is_bpffs(path);
}

static int mkdir_p(const char *dir)
{
	char path[PATH_MAX];
	size_t len = strlen(dir);

	if (len >= sizeof(path))
		return -ENAMETOOLONG;
	memcpy(path, dir, len + 1);
	for (char *p = path + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(path, 0700) && errno != EEXIST)
			return -errno;
		*p = '/';
	}
	if (mkdir(path, 0700) && errno != EEXIST)
		return -errno;
	return 0;
}

static void mount_bpffs_for(const char *dir)
{
	if (strncmp(dir, BPFFS "/", strlen(BPFFS "/")) || is_bpffs(BPFFS))
		return;
	if (mount("bpf", BPFFS, "bpf", 0, NULL) == 0)
		agent_note("mounted bpffs at " BPFFS);
}

int pin_prepare(const char *dir, char *maps_dir, size_t size)
{
	char links_dir[PATH_MAX];
	int err;

	mount_bpffs_for(dir);
	if (!lands_on_bpffs(dir)) {
		agent_error("--pin %s is not on bpffs (mount -t bpf bpf " BPFFS ")", dir);
		return -1;
	}
	snprintf(maps_dir, size, "%s/maps", dir);
	snprintf(links_dir, sizeof(links_dir), "%s/links", dir);
	err = mkdir_p(maps_dir);
	if (!err)
		err = mkdir_p(links_dir);
	if (err) {
		agent_error("cannot create %s: %s", maps_dir, strerror(-err));
		return -1;
	}
	return 0;
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

int pin_maps(struct bpf_object *obj, const char *dir)
{
	char maps_dir[PATH_MAX], path[PATH_MAX];
	struct bpf_map *map;
	int err;

	snprintf(maps_dir, sizeof(maps_dir), "%s/maps", dir);
	bpf_object__for_each_map(map, obj) {
		pin_map_path(path, sizeof(path), maps_dir, bpf_map__name(map));
		err = bpf_map__pin(map, path);
		if (err) {
			agent_error("cannot pin map '%s' at %s: %s%s", bpf_map__name(map), path,
				    strerror(-err), err == -EEXIST ? " (left by an earlier run?)" : "");
			return -1;
		}
	}
	return 0;
}

int pin_link(struct bpf_link *link, const char *dir, const char *prog, char *path,
	     size_t size)
{
	snprintf(path, size, "%s/links/%s", dir, prog);
	return bpf_link__pin(link, path);
}
