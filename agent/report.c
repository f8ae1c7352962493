// SPDX-License-Identifier: MIT
/* Human-readable output: the load/attach report and map contents. */
#include "report.h"

#include <inttypes.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "attach.h"
#include "escape.h"
#include "events.h"
#include "mapdump.h"

static uint32_t prog_id(const struct bpf_program *prog)
{
	struct bpf_prog_info info = {};
	uint32_t len = sizeof(info);
	int fd = bpf_program__fd(prog);

	if (fd < 0 || bpf_obj_get_info_by_fd(fd, &info, &len))
		return 0;
	return info.id;
}

static uint32_t map_id(const struct bpf_map *map)
{
	struct bpf_map_info info = {};
	uint32_t len = sizeof(info);
	int fd = bpf_map__fd(map);

	if (fd < 0 || bpf_obj_get_info_by_fd(fd, &info, &len))
		return 0;
	return info.id;
}

static void report_program(FILE *out, const struct attachment *a)
{
	const char *name = bpf_program__name(a->prog);
	const char *sec = bpf_program__section_name(a->prog);

	fputs("  prog ", out);
	escape_fputs(out, name, 18);
	fputc(' ', out);
	escape_fputs(out, sec, 36);
	fprintf(out, " id %-6u ", prog_id(a->prog));
	if (!a->attached) {
		fputs("not attached: ", out);
		escape_fputs(out, a->reason, 0);
		fputc('\n', out);
		return;
	}
	fputs("attached: ", out);
	escape_fputs(out, a->target, 0);
	if (a->pin_path[0]) {
		fputs(", link pinned at ", out);
		escape_fputs(out, a->pin_path, 0);
	} else if (a->reason[0]) {
		fputs(" (", out);
		escape_fputs(out, a->reason, 0);
		fputc(')', out);
	}
	fputc('\n', out);
}

static void report_map(FILE *out, const struct bpf_map *map, const char *pin_dir)
{
	const char *type = libbpf_bpf_map_type_str(bpf_map__type(map));

	fputs("  map  ", out);
	escape_fputs(out, bpf_map__name(map), 18);
	fprintf(out, " %-14s key %u value %u max %u  id %u", type ? type : "?", bpf_map__key_size(map), bpf_map__value_size(map),
		bpf_map__max_entries(map), map_id(map));
	if (pin_dir && bpf_map__pin_path(map)) {
		fputs(", pinned at ", out);
		escape_fputs(out, bpf_map__pin_path(map), 0);
	}
	fputc('\n', out);
}

void report_load(FILE *out, struct bpf_object *obj, const struct attachment *atts, size_t n,
		 const char *pin_dir)
{
	struct bpf_map *map;

	fputs("irbpf-agent: loaded ", out);
	escape_fputs(out, bpf_object__name(obj), 0);
	fputc('\n', out);
	for (size_t i = 0; i < n; i++)
		report_program(out, &atts[i]);
	bpf_object__for_each_map(map, obj)
		report_map(out, map, pin_dir);
	fflush(out);
}

static bool all_zero(const struct map_entry *e)
{
	const uint8_t *v = e->value;

	for (size_t i = 0; i < e->ncpus * e->value_stride; i++)
		if (v[i])
			return false;
	return true;
}

struct print_ctx {
	FILE *out;
	bool skip_zero;		/* arrays: every index exists, most are zero */
	unsigned skipped;
};

static void print_entry(const struct map_entry *e, void *arg)
{
	struct print_ctx *ctx = arg;
	const uint8_t *v = e->value;

	if (ctx->skip_zero && all_zero(e)) {
		ctx->skipped++;
		return;
	}
	fputs("    key ", ctx->out);
	map_print_data(ctx->out, e->btf, e->key_type, e->key, e->key_size, false);
	fputs(": ", ctx->out);
	if (e->percpu)
		fputs("per cpu [", ctx->out);
	for (unsigned cpu = 0; cpu < e->ncpus; cpu++) {
		if (cpu)
			fputc(' ', ctx->out);
		map_print_data(ctx->out, e->btf, e->value_type, v + cpu * e->value_stride,
			       e->value_size, false);
	}
	fputs(e->percpu ? "]\n" : "\n", ctx->out);
}

static bool is_array(enum bpf_map_type type)
{
	return type == BPF_MAP_TYPE_ARRAY || type == BPF_MAP_TYPE_PERCPU_ARRAY;
}

static void print_walk_end(FILE *out, const struct map_walk *w, const struct print_ctx *ctx,
			   unsigned max_entries)
{
	if (!w->read && !w->left_out && !w->stop_signal)
		fputs("    (empty)\n", out);
	else if (ctx->skipped)
		fprintf(out, "    (%u zero entr%s not shown)\n", ctx->skipped,
			ctx->skipped == 1 ? "y" : "ies");
	if (w->left_out)
		fprintf(out, "    (%s%llu more entr%s not shown: --max-entries %u)\n",
			w->left_out_exact ? "" : "at least ", w->left_out,
			w->left_out == 1 ? "y" : "ies", max_entries);
	if (w->stop_signal)
		fprintf(out, "    (stopped by %s; maps after this one not shown)\n",
			strsignal(w->stop_signal));
}

static void print_event_count(FILE *out, const struct event_map *m)
{
	fprintf(out, "    (%" PRIu64 " event%s printed", m->printed, m->printed == 1 ? "" : "s");
	if (m->lost)
		fprintf(out, ", %" PRIu64 " lost", m->lost);
	fputs(")\n", out);
}

void report_maps(FILE *out, struct bpf_object *obj, const struct events *ev,
		 const char *title, unsigned max_entries)
{
	const struct btf *btf = bpf_object__btf(obj);
	struct bpf_map *map;

	fprintf(out, "%s\n", title);
	bpf_object__for_each_map(map, obj) {
		struct print_ctx ctx = { .out = out, .skip_zero = is_array(bpf_map__type(map)) };
		const struct event_map *em = events_find(ev, map);
		struct map_walk w;
		int ret;

		if (!map_is_state(map))
			continue;
		fputs("  ", out);
		escape_fputs(out, bpf_map__name(map), 0);
		fputs(":\n", out);
		if (em) {
			print_event_count(out, em);
			continue;
		}
		ret = map_for_each(map, btf, max_entries, print_entry, &ctx, &w);
		if (ret < 0)
			fprintf(out, "    (not readable from user space: %s)\n", strerror(-ret));
		else
			print_walk_end(out, &w, &ctx, max_entries);
		if (w.stop_signal)
			break;
	}
	fflush(out);
}
