// SPDX-License-Identifier: MIT
/*
 * -MD, -MF, -MT, -MP: dependency files so make and ninja rebuild objects.
 * The target (-MT, else the output) depends on every input read from a
 * file and on the runtime, with a phony rule per dependency under -MP.
 * The write stage writes the depfile with the output, both or neither.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag/diag.h"
#include "stages/input/runtime.h"
#include "stages/output/write_output.h"
#include "stages/stages.h"

/* Make syntax, which ninja's depfile parser reads too. */
static void put_path(FILE *f, const char *path)
{
	for (const char *p = path; *p; p++) {
		if (*p == ' ' || *p == '#')
			fputc('\\', f);
		else if (*p == '$')
			fputc('$', f);
		fputc(*p, f);
	}
}

/* OUTPUT with its suffix replaced by ".d", as gcc and clang name it. */
static char *default_path(const char *output)
{
	const char *slash = strrchr(output, '/');
	const char *dot = strrchr(slash ? slash + 1 : output, '.');
	size_t stem = dot && dot != (slash ? slash + 1 : output) ? (size_t)(dot - output)
								   : strlen(output);
	char *path = malloc(stem + 3);

	if (path)
		sprintf(path, "%.*s.d", (int)stem, output);
	return path;
}

static void put_rules(FILE *f, const char *target, const char *const *deps, size_t n)
{
	put_path(f, target);
	fputc(':', f);
	for (size_t i = 0; i < n; i++) {
		fputs(" \\\n  ", f);
		put_path(f, deps[i]);
	}
	fputc('\n', f);
}

static void put_phony(FILE *f, const char *const *deps, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		fputc('\n', f);
		put_path(f, deps[i]);
		fputs(":\n", f);
	}
}

/* Inputs read from files (not "-"), then @extra. */
static const char **collect_deps(const struct irbpf_options *opts,
				 const char *const *extra, size_t n_extra, size_t *n)
{
	const char **deps = calloc(opts->n_inputs + n_extra + 1, sizeof(*deps));

	*n = 0;
	if (!deps)
		return NULL;
	for (size_t i = 0; i < opts->n_inputs; i++)
		if (strcmp(opts->inputs[i], "-"))
			deps[(*n)++] = opts->inputs[i];
	for (size_t i = 0; i < n_extra; i++)
		deps[(*n)++] = extra[i];
	return deps;
}

static char *depfile_text(const char *target, const char *const *deps, size_t n,
			  int phony, size_t *size)
{
	char *text = NULL;
	FILE *f = open_memstream(&text, size);

	if (!f)
		return NULL;
	put_rules(f, target, deps, n);
	if (phony)
		put_phony(f, deps, n);
	if (fclose(f)) {
		free(text);
		return NULL;
	}
	return text;
}

/* The depfile may replace neither the output nor a file it lists. */
static int check_clobber(const char *path, const char *output, const char *const *deps,
			 size_t n)
{
	if (output_same_file(path, output)) {
		diag_error("the depfile '%s' is the output file '%s'", path, output);
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		if (output_same_file(path, deps[i])) {
			diag_error("the depfile '%s' is the input '%s'", path, deps[i]);
			return -1;
		}
	}
	return 0;
}

static int depfile_build(struct irbpf_ctx *ctx, const char *const *extra, size_t n_extra)
{
	const struct irbpf_options *opts = ctx->opts;
	const char *target = opts->dep_target ? opts->dep_target : opts->output;
	const char **deps;
	size_t n;
	int ret = -1;

	ctx->depfile_path = opts->depfile ? strdup(opts->depfile) : default_path(opts->output);
	deps = collect_deps(opts, extra, n_extra, &n);
	if (!ctx->depfile_path || !deps) {
		free(deps);
		diag_error("out of memory");
		return -1;
	}
	if (!check_clobber(ctx->depfile_path, opts->output, deps, n)) {
		ctx->depfile_text = depfile_text(target, deps, n, opts->dep_phony,
						 &ctx->depfile_size);
		ret = ctx->depfile_text ? 0 : -1;
		if (ret)
			diag_error("out of memory");
	}
	free(deps);
	return ret;
}

/* The runtime is read for every program (unless --no-runtime), whether
 * or not the program ends up using any of it. */
int stage_depfile(struct irbpf_ctx *ctx)
{
	const struct irbpf_options *opts = ctx->opts;
	char runtime[PATH_MAX];
	const char *extra[] = { runtime };

	if (!opts->depfile && !opts->write_depfile)
		return 0;
	if (opts->no_runtime)
		return depfile_build(ctx, NULL, 0);
	if (runtime_locate(opts, runtime, sizeof(runtime)))
		return -1;
	return depfile_build(ctx, extra, 1);
}
