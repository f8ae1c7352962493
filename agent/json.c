// SPDX-License-Identifier: MIT
/* The --json document. */
#include "json.h"

#include <inttypes.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
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

struct map_cut {
	const char *name;
	struct map_walk walk;
};

/* "maps_truncated":{"<name>":{"shown":N,"left_out":M,"exact":B},...} */
static void print_cuts(FILE *out, const struct map_cut *cuts, size_t n)
{
	fputs("\"maps_truncated\":{", out);
	for (size_t i = 0; i < n; i++) {
		if (i)
			fputc(',', out);
		json_string(out, cuts[i].name);
		fprintf(out, ":{\"shown\":%llu,\"left_out\":%llu,\"exact\":%s}",
			cuts[i].walk.read, cuts[i].walk.left_out,
			cuts[i].walk.left_out_exact ? "true" : "false");
	}
	fputc('}', out);
}

/* Entries of each map, then which maps were cut short by --max-entries
 * ("maps_truncated") and by which stop signal ("maps_stopped_by"). */
static void print_maps(FILE *out, struct bpf_object *obj, unsigned max_entries)
{
	const struct btf *btf = bpf_object__btf(obj);
	struct bpf_map *map;
	struct map_cut *cuts = NULL, *grown;
	size_t n_cuts = 0;
	int stop_signal = 0;
	bool first = true;

	fputs("\"maps\":{", out);
	bpf_object__for_each_map(map, obj) {
		struct entry_ctx ctx = { .out = out, .first = true };
		struct map_walk w;
		int ret;

		if (!map_is_state(map) || map_is_event_map(map) || stop_signal)
			continue;
		if (!first)
			fputc(',', out);
		first = false;
		json_string(out, bpf_map__name(map));
		fputs(":[", out);
		ret = map_for_each(map, btf, max_entries, print_entry, &ctx, &w);
		fputc(']', out);
		if (ret < 0)
			agent_note("map '%s' cannot be read from user space: %s",
				   bpf_map__name(map), strerror(-ret));
		stop_signal = w.stop_signal;
		if (!w.left_out || !(grown = realloc(cuts, (n_cuts + 1) * sizeof(*cuts))))
			continue;
		cuts = grown;
		cuts[n_cuts++] = (struct map_cut){ bpf_map__name(map), w };
	}
	fputs("},", out);
	print_cuts(out, cuts, n_cuts);
	free(cuts);
	if (stop_signal) {
		fputs(",\"maps_stopped_by\":", out);
		json_string(out, strsignal(stop_signal));
	}
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
		   size_t n, const struct events *ev, unsigned max_entries)
{
	fputc('{', out);
	print_programs(out, atts, n);
	fputc(',', out);
	print_maps(out, obj, max_entries);
	fputc(',', out);
	print_events(out, ev);
	fputs("}\n", out);
	fflush(out);
}
