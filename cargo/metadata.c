// SPDX-License-Identifier: MIT
#include "metadata.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <json-c/json.h>

#include "process.h"
#include "report.h"

const char *metadata_cargo(void)
{
	const char *cargo = getenv("CARGO");

	return cargo && *cargo ? cargo : "cargo";
}

/* Runs a cargo command and returns its stdout; cargo's stderr goes
 * straight through. *@status is cargo's exit status, or -1. */
static char *cargo_output(const char *const *argv, int *status)
{
	char *out = NULL;

	*status = process_capture(argv, &out);
	if (*status < 0)
		report_error("cannot run '%s': %s", argv[0], strerror(errno));
	if (*status) {
		free(out);
		return NULL;
	}
	return out;
}

static const char *json_str(json_object *obj, const char *key)
{
	json_object *val;

	if (!json_object_object_get_ex(obj, key, &val) || !json_object_is_type(val, json_type_string))
		return NULL;
	return json_object_get_string(val);
}

static json_object *json_array(json_object *obj, const char *key)
{
	json_object *val;

	if (!json_object_object_get_ex(obj, key, &val) || !json_object_is_type(val, json_type_array))
		return NULL;
	return val;
}

static int array_has(json_object *arr, const char *s)
{
	size_t n = arr ? json_object_array_length(arr) : 0;

	for (size_t i = 0; i < n; i++) {
		const char *v = json_object_get_string(json_object_array_get_idx(arr, i));
		if (v && !strcmp(v, s))
			return 1;
	}
	return 0;
}

static json_object *target_of_kind(json_object *pkg, const char *const *kinds, size_t n_kinds,
				   const char *name, size_t *count)
{
	json_object *targets = json_array(pkg, "targets"), *found = NULL;
	size_t n = targets ? json_object_array_length(targets) : 0;

	*count = 0;
	for (size_t i = 0; i < n; i++) {
		json_object *t = json_object_array_get_idx(targets, i);
		json_object *kind = json_array(t, "kind");
		const char *tname = json_str(t, "name");

		for (size_t k = 0; k < n_kinds; k++) {
			if (!array_has(kind, kinds[k]) || (name && (!tname || strcmp(tname, name))))
				continue;
			if (!found)
				found = t;
			++*count;
			break;
		}
	}
	return found;
}

/* The library target of a package: kind "lib" or any library crate type. */
static json_object *lib_target(json_object *pkg)
{
	static const char *const kinds[] = { "lib", "rlib", "staticlib", "cdylib", "dylib" };
	size_t count;

	return target_of_kind(pkg, kinds, sizeof(kinds) / sizeof(kinds[0]), NULL, &count);
}

/* The binary target @name, or the package's only one when @name is NULL. */
static json_object *bin_target(json_object *pkg, const char *name)
{
	static const char *const kinds[] = { "bin" };
	size_t count;
	json_object *t = target_of_kind(pkg, kinds, 1, name, &count);

	return count == 1 ? t : NULL;
}

/* What to build: --bin's target, else the library, else the only binary. */
static json_object *program_target(json_object *pkg, const char *bin)
{
	json_object *lib;

	if (bin)
		return bin_target(pkg, bin);
	lib = lib_target(pkg);
	return lib ? lib : bin_target(pkg, NULL);
}

static json_object *package_by(json_object *root, const char *key, const char *value)
{
	json_object *pkgs = json_array(root, "packages");
	size_t n = pkgs ? json_object_array_length(pkgs) : 0;

	for (size_t i = 0; i < n; i++) {
		json_object *pkg = json_object_array_get_idx(pkgs, i);
		const char *v = json_str(pkg, key);

		if (v && !strcmp(v, value))
			return pkg;
	}
	return NULL;
}

/* With a virtual manifest and no -p: the one package with a program
 * target, if there is exactly one; otherwise say which ones there are. */
static json_object *only_program(json_object *root, const char *bin)
{
	json_object *pkgs = json_array(root, "packages"), *found = NULL;
	size_t n = pkgs ? json_object_array_length(pkgs) : 0, libs = 0;
	char names[512] = "";

	for (size_t i = 0; i < n; i++) {
		json_object *pkg = json_object_array_get_idx(pkgs, i);

		if (!program_target(pkg, bin))
			continue;
		found = pkg;
		if (libs++ < 8) {
			size_t used = strlen(names);
			snprintf(names + used, sizeof(names) - used, "%s%s", used ? ", " : "",
				 json_str(pkg, "name"));
		}
	}
	if (libs == 1)
		return found;
	if (!libs)
		report_error(bin ? "no package of the workspace has a binary target '%s'"
			     : "the workspace has no library or binary package to build", bin);
	else
		report_error("the workspace has %zu packages to build (%s%s): choose one with -p",
			     libs, names, libs > 8 ? ", ..." : "");
	return NULL;
}

static char *locate_manifest(const struct build_options *opts, int *status)
{
	struct argv_list cmd = { 0 };
	char *out, *nl;

	argv_add(&cmd, metadata_cargo());
	argv_add(&cmd, "locate-project");
	argv_add(&cmd, "--message-format");
	argv_add(&cmd, "plain");
	if (opts->manifest_path) {
		argv_add(&cmd, "--manifest-path");
		argv_add(&cmd, opts->manifest_path);
	}
	out = cmd.failed ? NULL : cargo_output(cmd.argv, status);
	argv_free(&cmd);
	if (out && (nl = strchr(out, '\n')))
		*nl = '\0';
	return out;
}

static json_object *pick_package(const struct build_options *opts, json_object *root,
				 int *status)
{
	json_object *pkg;
	char *manifest;

	if (opts->package) {
		pkg = package_by(root, "name", opts->package);
		if (!pkg)
			report_error("package '%s' is not a member of this workspace", opts->package);
		return pkg;
	}
	manifest = locate_manifest(opts, status);
	if (!manifest)
		return NULL;
	pkg = package_by(root, "manifest_path", manifest);
	free(manifest);
	return pkg ? pkg : only_program(root, opts->bin);
}

static char *read_metadata(const struct build_options *opts, int *status)
{
	struct argv_list cmd = { 0 };
	char *out;

	argv_add(&cmd, metadata_cargo());
	argv_add(&cmd, "metadata");
	argv_add(&cmd, "--format-version");
	argv_add(&cmd, "1");
	argv_add(&cmd, "--no-deps");
	if (opts->manifest_path) {
		argv_add(&cmd, "--manifest-path");
		argv_add(&cmd, opts->manifest_path);
	}
	for (size_t i = 0; i < opts->n_cargo_args; i++)
		if (!strcmp(opts->cargo_args[i], "--offline") ||
		    !strcmp(opts->cargo_args[i], "--locked") ||
		    !strcmp(opts->cargo_args[i], "--frozen"))
			argv_add(&cmd, opts->cargo_args[i]);
	out = cmd.failed ? NULL : cargo_output(cmd.argv, status);
	argv_free(&cmd);
	return out;
}

/* --target-dir is relative to the current directory, like cargo's. */
static char *absolute_path(const char *path)
{
	char cwd[PATH_MAX], *abs;

	if (path[0] == '/' || !getcwd(cwd, sizeof(cwd)))
		return strdup(path);
	abs = malloc(strlen(cwd) + strlen(path) + 2);
	if (abs)
		sprintf(abs, "%s/%s", cwd, path);
	return abs;
}

static int fill_info(const struct build_options *opts, json_object *root, json_object *pkg,
		     struct crate_info *info)
{
	json_object *target = program_target(pkg, opts->bin);
	const char *target_dir = opts->target_dir ? opts->target_dir
						 : json_str(root, "target_directory");

	if (!target) {
		if (opts->bin)
			report_error("package '%s' has no binary target '%s'", json_str(pkg, "name"),
				     opts->bin);
		else
			report_error("package '%s' has neither a library target nor exactly one "
				     "binary target: choose one with --bin", json_str(pkg, "name"));
		return -1;
	}
	if (!target_dir) {
		report_error("cargo metadata names no target directory");
		return -1;
	}
	info->package = strdup(json_str(pkg, "name"));
	info->crate = strdup(json_str(target, "name"));
	info->target_dir = absolute_path(target_dir);
	if (lib_target(pkg) != target)
		info->bin = strdup(json_str(target, "name"));
	if (!info->package || !info->crate || !info->target_dir ||
	    (lib_target(pkg) != target && !info->bin)) {
		report_error("out of memory");
		return -1;
	}
	for (char *c = info->crate; *c; c++)
		if (*c == '-')
			*c = '_';
	return 0;
}

int metadata_select(const struct build_options *opts, struct crate_info *info)
{
	int status = -1, ret = -1;
	char *text = read_metadata(opts, &status);
	json_object *root, *pkg;

	if (!text)
		return status ? status : -1;
	root = json_tokener_parse(text);
	free(text);
	if (!root) {
		report_error("cannot parse the output of 'cargo metadata'");
		return -1;
	}
	pkg = pick_package(opts, root, &status);
	if (pkg)
		ret = fill_info(opts, root, pkg, info);
	else if (status > 0)
		ret = status;
	json_object_put(root);
	return ret;
}

void crate_info_free(struct crate_info *info)
{
	free(info->package);
	free(info->crate);
	free(info->target_dir);
	free(info->bin);
}
