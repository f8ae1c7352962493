/* SPDX-License-Identifier: MIT */
#ifndef AGENT_MAPDUMP_H
#define AGENT_MAPDUMP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct bpf_map;
struct btf;

/* One entry. Per-CPU maps carry @ncpus values, each @value_stride bytes
 * apart; other maps one value (@ncpus == 1). @btf, when not NULL, and the
 * map's key and value type ids (0: none) describe them. */
struct map_entry {
	const struct btf *btf;
	uint32_t key_type;
	uint32_t value_type;
	const void *key;
	size_t key_size;
	const void *value;
	size_t value_size;
	size_t value_stride;
	unsigned ncpus;
	bool percpu;
};

typedef void (*map_entry_fn)(const struct map_entry *entry, void *ctx);

/* Whether the map holds program state worth printing (read-only data such
 * as .rodata and .kconfig does not). */
bool map_is_state(const struct bpf_map *map);

/* How a walk over a map ended. */
struct map_walk {
	unsigned long long read;	/* entries passed to the callback */
	unsigned long long left_out;	/* entries past the limit */
	bool left_out_exact;		/* false: left_out is a lower bound */
	int stop_signal;		/* a stop signal cut the walk short, or 0 */
};

/*
 * Calls @fn for each entry of @map in key order as the kernel returns it,
 * for at most @limit entries (0: no limit), and counts the entries left
 * out; @btf is the object's (or NULL). A pending SIGINT, SIGTERM or SIGHUP
 * (blocked, for the run loop's signalfd) ends the walk early, noted in
 * @walk. Returns 0, or -errno when the map cannot be read from user space
 * (ring buffers, perf event arrays, queues, ...).
 */
int map_for_each(const struct bpf_map *map, const struct btf *btf, unsigned limit,
		 map_entry_fn fn, void *ctx, struct map_walk *walk);

/* A key or value: by its BTF type @type_id when @btf has one that fits
 * (see btf_value.h), otherwise a little-endian unsigned integer up to 8
 * bytes and hex digits beyond (in double quotes for @json). */
void map_print_data(FILE *out, const struct btf *btf, uint32_t type_id, const void *data,
		    size_t size, bool json);

#endif
