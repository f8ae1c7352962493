/* SPDX-License-Identifier: MIT */
#ifndef AGENT_EVENTS_H
#define AGENT_EVENTS_H

#include <poll.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "options.h"

struct bpf_map;
struct bpf_object;
struct btf;
struct perf_buffer;
struct ring_buffer;
struct events;

/* A ring buffer or perf event array whose records the agent prints. */
struct event_map {
	struct events *owner;
	const struct bpf_map *map;
	const char *name;
	bool perf;
	uint32_t type_id;	/* from --event-type; 0: inferred */
	uint32_t inferred_id;	/* inferred for records of inferred_size */
	size_t inferred_size;	/* SIZE_MAX: nothing inferred yet */
	uint64_t printed;
	uint64_t lost;		/* perf buffers report overruns */
	struct perf_buffer *pb;
};

/* Every event map of an object, each record printed as one line:
 *   event MAP {field=value, ...}   or   event MAP 0a 00 ...
 * or with --json
 *   {"event":"MAP","data":{...}}    or   {"event":"MAP","hex":"0a00..."} */
struct events {
	struct event_map *maps;
	size_t n;
	struct ring_buffer *rb;		/* all ring buffers share one */
	const struct btf *btf;
	FILE *out;
	bool json;
};

/* Whether user space reads @map's records as they come (ring buffers and
 * perf event arrays) rather than its entries. */
bool map_is_event_map(const struct bpf_map *map);

/* Opens a reader for each event map of the loaded @obj and resolves the
 * --event-type options. Returns 0, or 1 after reporting an error. */
int events_open(struct events *ev, struct bpf_object *obj, const struct agent_options *opts,
		FILE *out);

/* How many descriptors events_poll_fds() fills in. */
size_t events_fd_count(const struct events *ev);

/* Fills @fds with descriptors that become readable when records wait. */
void events_poll_fds(const struct events *ev, struct pollfd *fds);

/* Prints every record waiting now. Returns 0 or -errno. */
int events_consume(struct events *ev);

/* The event map for @map, or NULL when it is not one. */
const struct event_map *events_find(const struct events *ev, const struct bpf_map *map);

void events_close(struct events *ev);

#endif
