// SPDX-License-Identifier: MIT
/* Reading ring buffers and perf buffers while the programs run. */
#include "events.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/btf.h>
#include <bpf/libbpf.h>

#include "btf_value.h"
#include "event_type.h"
#include "json.h"
#include "msg.h"

/* Pages of each CPU's perf buffer (a power of two). */
#define PERF_PAGES 16

bool map_is_event_map(const struct bpf_map *map)
{
	enum bpf_map_type type = bpf_map__type(map);

	return type == BPF_MAP_TYPE_RINGBUF || type == BPF_MAP_TYPE_PERF_EVENT_ARRAY;
}

static uint32_t record_type(struct event_map *m, size_t size)
{
	const struct btf *btf = m->owner->btf;

	if (m->type_id)
		return btf_value_fits(btf, m->type_id, size) ? m->type_id : 0;
	if (m->inferred_size != size) {
		m->inferred_id = event_type_infer(btf, size, m->perf);
		m->inferred_size = size;
	}
	return m->inferred_id;
}

static void print_hex(FILE *out, const uint8_t *data, size_t size, bool json)
{
	for (size_t i = 0; i < size; i++)
		fprintf(out, json ? "%02x" : " %02x", data[i]);
}

static void print_event(struct event_map *m, const void *data, size_t size)
{
	FILE *out = m->owner->out;
	uint32_t id = record_type(m, size);

	if (m->owner->json) {
		fputs("{\"event\":", out);
		json_string(out, m->name);
		fputs(id ? ",\"data\":" : ",\"hex\":\"", out);
	} else {
		fprintf(out, id ? "event %s " : "event %s", m->name);
	}
	if (id)
		btf_value_print(out, m->owner->btf, id, data, m->owner->json);
	else
		print_hex(out, data, size, m->owner->json);
	if (m->owner->json)
		fputs(id ? "}" : "\"}", out);
	fputc('\n', out);
	m->printed++;
}

static int on_ring_record(void *ctx, void *data, size_t size)
{
	print_event(ctx, data, size);
	return 0;
}

static void on_perf_record(void *ctx, int cpu, void *data, __u32 size)
{
	(void)cpu;
	print_event(ctx, data, size);
}

static void on_perf_lost(void *ctx, int cpu, __u64 count)
{
	struct event_map *m = ctx;

	m->lost += count;
	agent_warning("%s: %llu events lost on CPU %d (the perf buffer was full)", m->name,
		      (unsigned long long)count, cpu);
}

static int open_reader(struct events *ev, struct event_map *m)
{
	int fd = bpf_map__fd(m->map);

	if (m->perf) {
		m->pb = perf_buffer__new(fd, PERF_PAGES, on_perf_record, on_perf_lost, m, NULL);
		return m->pb ? 0 : -errno;
	}
	if (ev->rb)
		return ring_buffer__add(ev->rb, fd, on_ring_record, m);
	ev->rb = ring_buffer__new(fd, on_ring_record, m, NULL);
	return ev->rb ? 0 : -errno;
}

static struct event_map *find_by_name(struct events *ev, const char *name, size_t len)
{
	for (size_t i = 0; i < ev->n; i++)
		if (strlen(ev->maps[i].name) == len && !strncmp(ev->maps[i].name, name, len))
			return &ev->maps[i];
	return NULL;
}

/* --event-type MAP=TYPE (the form is checked when parsing options) */
static int apply_event_type(struct events *ev, const char *spec)
{
	const char *eq = strchr(spec, '=');
	struct event_map *m = find_by_name(ev, spec, (size_t)(eq - spec));

	if (!m) {
		agent_error("--event-type %s: the object has no ring buffer or perf event array "
			    "named '%.*s'", spec, (int)(eq - spec), spec);
		return 1;
	}
	m->type_id = event_type_named(ev->btf, eq + 1);
	if (!m->type_id || btf__resolve_size(ev->btf, m->type_id) <= 0) {
		agent_error("--event-type %s: the object's BTF has no type '%s'%s", spec, eq + 1,
			    ev->btf ? "" : " (it has no BTF)");
		return 1;
	}
	return 0;
}

static size_t count_event_maps(struct bpf_object *obj)
{
	struct bpf_map *map;
	size_t n = 0;

	bpf_object__for_each_map(map, obj)
		n += map_is_event_map(map);
	return n;
}

static int add_maps(struct events *ev, struct bpf_object *obj)
{
	struct bpf_map *map;
	int err;

	bpf_object__for_each_map(map, obj) {
		struct event_map *m = &ev->maps[ev->n];

		if (!map_is_event_map(map))
			continue;
		*m = (struct event_map){
			.owner = ev,
			.map = map,
			.name = bpf_map__name(map),
			.perf = bpf_map__type(map) == BPF_MAP_TYPE_PERF_EVENT_ARRAY,
			.inferred_size = SIZE_MAX,
		};
		ev->n++;
		err = open_reader(ev, m);
		if (err) {
			agent_error("cannot read the records of map '%s': %s", m->name,
				    strerror(-err));
			return 1;
		}
	}
	return 0;
}

int events_open(struct events *ev, struct bpf_object *obj, const struct agent_options *opts,
		FILE *out)
{
	size_t n = count_event_maps(obj);

	*ev = (struct events){ .btf = bpf_object__btf(obj), .out = out, .json = opts->json };
	if (!n)
		return 0;
	ev->maps = calloc(n, sizeof(*ev->maps));
	if (!ev->maps) {
		agent_error("out of memory");
		return 1;
	}
	if (add_maps(ev, obj))
		return 1;
	for (size_t i = 0; i < opts->n_event_types; i++)
		if (apply_event_type(ev, opts->event_types[i]))
			return 1;
	return 0;
}

size_t events_fd_count(const struct events *ev)
{
	size_t n = ev->rb ? 1 : 0;

	for (size_t i = 0; i < ev->n; i++)
		n += ev->maps[i].pb != NULL;
	return n;
}

void events_poll_fds(const struct events *ev, struct pollfd *fds)
{
	if (ev->rb)
		*fds++ = (struct pollfd){ .fd = ring_buffer__epoll_fd(ev->rb), .events = POLLIN };
	for (size_t i = 0; i < ev->n; i++)
		if (ev->maps[i].pb)
			*fds++ = (struct pollfd){ .fd = perf_buffer__epoll_fd(ev->maps[i].pb),
						  .events = POLLIN };
}

int events_consume(struct events *ev)
{
	int err = 0;

	if (ev->rb) {
		int ret = ring_buffer__consume(ev->rb);

		if (ret < 0)
			err = ret;
	}
	for (size_t i = 0; i < ev->n; i++) {
		int ret = ev->maps[i].pb ? perf_buffer__consume(ev->maps[i].pb) : 0;

		if (ret < 0 && !err)
			err = ret;
	}
	if (ev->n)
		fflush(ev->out);
	return err;
}

const struct event_map *events_find(const struct events *ev, const struct bpf_map *map)
{
	for (size_t i = 0; i < ev->n; i++)
		if (ev->maps[i].map == map)
			return &ev->maps[i];
	return NULL;
}

void events_close(struct events *ev)
{
	for (size_t i = 0; i < ev->n; i++)
		perf_buffer__free(ev->maps[i].pb);
	ring_buffer__free(ev->rb);
	free(ev->maps);
	*ev = (struct events){ 0 };
}
