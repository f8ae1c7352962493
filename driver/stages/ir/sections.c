// SPDX-License-Identifier: MIT
/*
 * Program section names, checked against libbpf's own table: what
 * libbpf_prog_type_by_name() accepts is valid; the generated list of its
 * names only feeds the "did you mean" suggestions.
 */
#include "stages/ir/sections.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/libbpf.h>

#include "diag/diag.h"
#include "gen/libbpf_sections.h"
#include "stages/ir/distance.h"
#include "stages/ir/tracepoints.h"
#include "stages/stages.h"

#define N_NAMES (sizeof(libbpf_section_names) / sizeof(libbpf_section_names[0]))
#define MAX_SUGGEST 3
#define NAME_MAX_LEN NAME_DISTANCE_MAX

int sections_is_program(const char *sec)
{
	if (!sec || !*sec)
		return 0;
	return strcmp(sec, ".text") && strncmp(sec, ".text.", 6);
}

int sections_is_map(const char *sec)
{
	return sec && (!strcmp(sec, ".maps") || !strcmp(sec, "maps") ||
		       !strncmp(sec, "maps/", 5));
}

int sections_is_known(const char *sec)
{
	enum bpf_prog_type type;
	enum bpf_attach_type attach;

	if (sec[0] == '?')	/* libbpf: same section, autoload off */
		sec++;
	return !libbpf_prog_type_by_name(sec, &type, &attach);
}

struct candidate {
	char name[NAME_MAX_LEN + 1];
	unsigned dist;
};

/*
 * The name libbpf entry @pat suggests for @sec, and how far it is. An
 * entry "kprobe+" stands for "kprobe" and "kprobe/<anything>": compare the
 * part before the first '/' and keep the user's remainder.
 */
static void make_candidate(const char *sec, const char *pat, struct candidate *c)
{
	size_t plen = strlen(pat);
	const char *slash = strchr(sec, '/');
	int prefix = plen && pat[plen - 1] == '+';

	if (prefix)
		plen--;
	if (prefix && slash) {
		c->dist = name_distance(sec, (size_t)(slash - sec), pat, plen);
		snprintf(c->name, sizeof(c->name), "%.*s%s", (int)plen, pat, slash);
	} else {
		c->dist = name_distance(sec, strlen(sec), pat, plen);
		snprintf(c->name, sizeof(c->name), "%.*s", (int)plen, pat);
	}
}

/* "tc/ingress" where only "tc" exists: the user added a suffix libbpf
 * does not take for this type. */
static int exact_prefix_match(const char *sec, const char *pat)
{
	const char *slash = strchr(sec, '/');
	size_t n = slash ? (size_t)(slash - sec) : 0;

	return n && pat[strlen(pat) - 1] != '+' && strlen(pat) == n && !strncmp(sec, pat, n);
}

static size_t collect(const char *sec, struct candidate *out, unsigned limit)
{
	size_t n = 0;

	for (size_t i = 0; i < N_NAMES && n < MAX_SUGGEST; i++) {
		if (exact_prefix_match(sec, libbpf_section_names[i])) {
			make_candidate("", libbpf_section_names[i], &out[n]);
			out[n++].dist = 0;
		}
	}
	if (n)
		return n;
	for (size_t i = 0; i < N_NAMES; i++) {
		struct candidate c;

		make_candidate(sec, libbpf_section_names[i], &c);
		if (c.dist > limit || !sections_is_known(c.name))
			continue;
		if (n && c.dist > out[0].dist)
			continue;
		if (n && c.dist < out[0].dist)
			n = 0;
		if (n < MAX_SUGGEST)
			out[n++] = c;
	}
	return n;
}

void sections_suggest(const char *sec, char *buf, size_t size)
{
	struct candidate found[MAX_SUGGEST];
	size_t len, n, used = 0;
	unsigned limit;

	buf[0] = '\0';
	if (sec[0] == '?')
		sec++;
	len = strlen(sec);
	limit = len / 3 < 1 ? 1 : len / 3 > 3 ? 3 : (unsigned)(len / 3);
	n = collect(sec, found, limit);
	for (size_t i = 0; i < n && used < size; i++) {
		const char *sep = i == 0 ? "" : i + 1 == n ? " or " : ", ";
		int w = snprintf(buf + used, size - used, "%s'%s'", sep, found[i].name);

		if (w < 0)
			break;
		used += (size_t)w;
	}
}

static void report_unknown(LLVMValueRef fn, const char *sec)
{
	char loc[512], where[600] = "", hint[3 * (NAME_MAX_LEN + 8)];

	if (diag_func_location(fn, loc, sizeof(loc)))
		snprintf(where, sizeof(where), " (%s)", loc);
	sections_suggest(sec, hint, sizeof(hint));
	if (hint[0])
		diag_error("unknown section '%s' in function '%s'%s; did you mean %s?", sec,
			   LLVMGetValueName(fn), where, hint);
	else
		diag_error("unknown section '%s' in function '%s'%s: libbpf %s has no "
			   "program type for it", sec, LLVMGetValueName(fn), where,
			   libbpf_version_string());
}

/* One note with libbpf's whole table; "name+" takes "name/<anything>". */
static void note_known_names(void)
{
	char list[8192];
	size_t used = 0;

	list[0] = '\0';
	for (size_t i = 0; i < N_NAMES && used < sizeof(list); i++) {
		int w = snprintf(list + used, sizeof(list) - used, "%s%s", i ? " " : "",
				 libbpf_section_names[i]);
		if (w < 0)
			break;
		used += (size_t)w;
	}
	diag_note("libbpf %s program sections ('+': also '<name>/...'): %s",
		  libbpf_version_string(), list);
}

int sections_check_module(LLVMModuleRef mod)
{
	int errors = 0;

	for (LLVMValueRef fn = LLVMGetFirstFunction(mod); fn; fn = LLVMGetNextFunction(fn)) {
		const char *sec = LLVMGetSection(fn);

		if (LLVMIsDeclaration(fn) || !sections_is_program(sec) || sections_is_known(sec))
			continue;
		report_unknown(fn, sec);
		errors++;
	}
	if (errors)
		note_known_names();
	return errors;
}

int stage_sections(struct irbpf_ctx *ctx)
{
	return sections_check_module(ctx->module) ? -1 : tracepoints_check(ctx);
}
