// SPDX-License-Identifier: MIT
/* The --json document. */
#include "json.h"

#include <inttypes.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include <bpf/libbpf.h>

#include "attach.h"
#include "btf_value.h"
#include "events.h"
#include "mapdump.h"
#include "msg.h"

void json_string(FILE *out, const char *s)
{
	value_quote(out, s, strlen(s), true);
}

struct entry_ctx {
	FILE *out;
	bool first;
};

static void print_entry(const struct map_entry *e, void *arg)
{
	struct entry_ctx *ctx = arg;
	const uint8_t *v = e->value;
	bool percpu = e->percpu;

	fputs(ctx->first ? "{\"key\":" : ",{\"key\":", ctx->out);
	ctx->first = false;
	map_print_data(ctx->out, e->btf, e->key_type, e->key, e->key_size, true);
	fputs(",\"value\":", ctx->out);
	if (percpu)
		fputc('[', ctx->out);
	for (unsigned cpu = 0; cpu < e->ncpus; cpu++) {
		if (cpu)
			fputc(',', ctx->out);
		map_print_data(ctx->out, e->btf, e->value_type, v + cpu * e->value_stride,
			       e->value_size, true);
	}
	fputs(percpu ? "]}" : "}", ctx->out);
}

static void print_programs(FILE *out, const struct attachment *atts, size_t n)
{
	fputs("\"programs\":[", out);
	for (size_t i = 0; i < n; i++) {
		fputs(i ? ",{\"name\":" : "{\"name\":", out);
		json_string(out, bpf_program__name(atts[i].prog));
		fputs(",\"section\":", out);
		json_string(out, bpf_program__section_name(atts[i].prog));
		fprintf(out, ",\"attached\":%s}", atts[i].attached ? "true" : "false");
	}
	fputc(']', out);
}

static void print_maps(FILE *out, struct bpf_object *obj)
{
	const struct btf *btf = bpf_object__btf(obj);
	struct bpf_map *map;
	bool first = true;

	fputs("\"maps\":{", out);
	bpf_object__for_each_map(map, obj) {
		struct entry_ctx ctx = { .out = out, .first = true };
		int ret;

		if (!map_is_state(map) || map_is_event_map(map))
			continue;
		if (!first)
			fputc(',', out);
		first = false;
		json_string(out, bpf_map__name(map));
		fputs(":[", out);
		ret = map_for_each(map, btf, print_entry, &ctx);
		fputc(']', out);
		if (ret < 0)
			agent_note("map '%s' cannot be read from user space: %s",
				   bpf_map__name(map), strerror(-ret));
	}
	fputc('}', out);
}

static void print_events(FILE *out, const struct events *ev)
{
	fputs("\"events\":{", out);
	for (size_t i = 0; i < ev->n; i++) {
		if (i)
			fputc(',', out);
		json_string(out, ev->maps[i].name);
		fprintf(out, ":{\"printed\":%" PRIu64 ",\"lost\":%" PRIu64 "}",
			ev->maps[i].printed, ev->maps[i].lost);
	}
	fputc('}', out);
}

void json_document(FILE *out, struct bpf_object *obj, const struct attachment *atts,
		   size_t n, const struct events *ev)
{
	fputc('{', out);
	print_programs(out, atts, n);
	fputc(',', out);
	print_maps(out, obj);
	fputc(',', out);
	print_events(out, ev);
	fputs("}\n", out);
	fflush(out);
}
