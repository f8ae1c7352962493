// SPDX-License-Identifier: MIT
/*
 * Tracepoint names checked at build time: a misspelt one otherwise builds
 * and only fails to attach. The reference is the kernel BTF given with
 * --target-btf (btf_trace_<name> typedefs; syscall events from the
 * syscalls' functions), else the build machine's tracefs events.
 */
#include "stages/ir/tracepoints.h"

#include <dirent.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <bpf/btf.h>

#include "stages/ir/distance.h"

static const char *const tracefs_roots[] = {
	"/sys/kernel/tracing/events",
	"/sys/kernel/debug/tracing/events",
};

struct names {
	char **v;
	size_t n, cap;
	bool with_category;	/* "cat/name" (tracefs) or "name" (BTF) */
	const char *where;	/* "on this machine", "in the kernel BTF 'F'" */
	char where_buf[512];
};

static int names_add(struct names *l, const char *a, const char *b)
{
	char *s;

	if (l->n == l->cap) {
		size_t cap = l->cap ? 2 * l->cap : 1024;
		char **v = realloc(l->v, cap * sizeof(*v));

		if (!v)
			return -ENOMEM;
		l->v = v;
		l->cap = cap;
	}
	if (asprintf(&s, "%s%s", a, b) < 0)
		return -ENOMEM;
	l->v[l->n++] = s;
	return 0;
}

static void names_free(struct names *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
}

static bool is_dir(const char *path)
{
	struct stat st;

	return !stat(path, &st) && S_ISDIR(st.st_mode);
}

static int read_category(struct names *l, const char *root, const char *cat)
{
	char path[4096], prefix[300];
	struct dirent *e;
	DIR *d;
	int err = 0;

	snprintf(path, sizeof(path), "%s/%s", root, cat);
	snprintf(prefix, sizeof(prefix), "%s/", cat);
	d = opendir(path);
	if (!d)
		return 0;
	while (!err && (e = readdir(d)))
		if (e->d_type == DT_DIR && e->d_name[0] != '.')
			err = names_add(l, prefix, e->d_name);
	closedir(d);
	return err;
}

static int read_tracefs(struct names *l, const char *root)
{
	struct dirent *e;
	DIR *d = opendir(root);
	int err = 0;

	if (!d)
		return 0;
	while (!err && (e = readdir(d)))
		if (e->d_type == DT_DIR && e->d_name[0] != '.')
			err = read_category(l, root, e->d_name);
	closedir(d);
	l->with_category = true;
	l->where = "on this machine";
	return err;
}

/* "__x64_sys_execve" (and __arm64_sys_, __se_sys_, ...): the syscall
 * behind the events syscalls/sys_enter_execve and sys_exit_execve. */
static int add_syscall(struct names *l, const char *func)
{
	const char *sys = func[0] == '_' && func[1] == '_' ? strstr(func, "sys_") : NULL;

	if (!sys || sys[-1] != '_' || !sys[4])
		return 0;
	if (names_add(l, "sys_enter_", sys + 4))
		return -ENOMEM;
	return names_add(l, "sys_exit_", sys + 4);
}

static int read_btf(struct names *l, const char *path)
{
	struct btf *btf = btf__parse(path, NULL);
	int err = 0;

	if (!btf) {
		diag_error("cannot read BTF from '%s' (--target-btf): %s", path, strerror(errno));
		return -1;
	}
	for (__u32 id = 1; !err && id < btf__type_cnt(btf); id++) {
		const struct btf_type *t = btf__type_by_id(btf, id);
		const char *name = btf__name_by_offset(btf, t->name_off);

		if (btf_is_typedef(t) && name && !strncmp(name, "btf_trace_", 10))
			err = names_add(l, "", name + 10);
		else if (btf_is_func(t) && name)
			err = add_syscall(l, name);
	}
	btf__free(btf);
	if (err)
		diag_error("out of memory");
	snprintf(l->where_buf, sizeof(l->where_buf), "in the kernel BTF '%s'", path);
	l->where = l->where_buf;
	return err ? -1 : 0;
}

/* The tracepoint a section names ("cat/name" or "name"), or NULL. */
static const char *tracepoint_of(const char *sec, bool *raw)
{
	static const char *const plain[] = { "tracepoint/", "tp/" };
	static const char *const raws[] = { "raw_tracepoint/", "raw_tp/", "tp_btf/" };

	if (sec[0] == '?')
		sec++;
	*raw = false;
	for (size_t i = 0; i < sizeof(plain) / sizeof(plain[0]); i++)
		if (!strncmp(sec, plain[i], strlen(plain[i])))
			return sec + strlen(plain[i]);
	*raw = true;
	for (size_t i = 0; i < sizeof(raws) / sizeof(raws[0]); i++)
		if (!strncmp(sec, raws[i], strlen(raws[i])))
			return sec + strlen(raws[i]);
	return NULL;
}

/* What to look up: the whole "cat/name" in tracefs, only "name" in BTF. */
static const char *key_of(const struct names *l, const char *tp)
{
	const char *slash = strchr(tp, '/');

	return l->with_category || !slash ? tp : slash + 1;
}

/* The closest name at most a third of @key's length away (1..3), the
 * alphabetically first of equals; NULL when none is that close. */
static const char *closest(const struct names *l, const char *key)
{
	size_t len = strlen(key);
	unsigned limit = len / 3 < 1 ? 1 : len / 3 > 3 ? 3 : (unsigned)(len / 3);
	unsigned best_d = limit + 1;
	const char *best = NULL;

	for (size_t i = 0; i < l->n; i++) {
		unsigned d = name_distance(key, len, l->v[i], strlen(l->v[i]));

		if (d < best_d || (d == best_d && best && strcmp(l->v[i], best) < 0)) {
			best_d = d;
			best = l->v[i];
		}
	}
	return best;
}

static bool exists(const struct names *l, const char *key)
{
	for (size_t i = 0; i < l->n; i++)
		if (!strcmp(l->v[i], key))
			return true;
	return false;
}

static int check_one(struct irbpf_ctx *ctx, const struct names *l, const char *tp, bool raw)
{
	const char *key = key_of(l, tp), *near;
	const char *what = raw ? "raw tracepoint" : "tracepoint";
	int cat_len = (int)(key - tp);
	char msg[1024];

	if (exists(l, key))
		return 0;
	near = closest(l, key);
	if (near)
		snprintf(msg, sizeof(msg), "%s '%s' does not exist %s; did you mean '%.*s%s'?",
			 what, tp, l->where, cat_len, tp, near);
	else
		snprintf(msg, sizeof(msg), "%s '%s' does not exist %s", what, tp, l->where);
	return diag_warn(&ctx->diag, ctx->opts->werror, msg);
}

static const char *tracefs_root(void)
{
	for (size_t i = 0; i < sizeof(tracefs_roots) / sizeof(tracefs_roots[0]); i++)
		if (is_dir(tracefs_roots[i]))
			return tracefs_roots[i];
	return NULL;
}

/* Whether @root has the event directory "cat/name": the common case, a
 * name that exists, needs no listing of every event. */
static bool in_tracefs(const char *root, const char *tp)
{
	const char *slash = strchr(tp, '/');
	char path[4096];

	if (!slash || strchr(slash + 1, '/') || tp[0] == '.' || slash[1] == '.')
		return false;
	if ((size_t)snprintf(path, sizeof(path), "%s/%s", root, tp) >= sizeof(path))
		return false;
	return is_dir(path);
}

/* The reference names, read once: the target BTF, else tracefs at @root
 * (never NULL without --target-btf: such tracepoints are not checked). */
static int load_names(struct irbpf_ctx *ctx, struct names *l, const char *root, bool *loaded)
{
	if (*loaded)
		return 0;
	*loaded = true;
	if (ctx->opts->target_btf)
		return read_btf(l, ctx->opts->target_btf);
	if (read_tracefs(l, root)) {
		diag_error("out of memory");
		return -1;
	}
	return 0;
}

int tracepoints_check(struct irbpf_ctx *ctx)
{
	struct names names = { 0 };
	const char *root = NULL;	/* tracefs, looked up at the first tracepoint */
	bool loaded = false, looked = false;
	int ret = 0;

	for (LLVMValueRef fn = LLVMGetFirstFunction(ctx->module); fn && !ret;
	     fn = LLVMGetNextFunction(fn)) {
		const char *sec = LLVMGetSection(fn), *tp;
		bool raw;

		if (LLVMIsDeclaration(fn) || !sec || !(tp = tracepoint_of(sec, &raw)) || !*tp)
			continue;
		if (!ctx->opts->target_btf) {
			if (!looked) {
				root = tracefs_root();
				looked = true;
			}
			/* tracefs knows trace events, not raw tracepoints. */
			if (raw || !root || in_tracefs(root, tp))
				continue;
		}
		ret = load_names(ctx, &names, root, &loaded);
		if (!ret && names.n)
			ret = check_one(ctx, &names, tp, raw);
	}
	names_free(&names);
	return ret;
}
