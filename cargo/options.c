// SPDX-License-Identifier: MIT
#include "options.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"

void build_usage(void)
{
	fputs("Usage: cargo irbpf build [--release] [-p PKG] [--bin NAME] [--manifest-path PATH]\n"
	      "                         [-o OUT.o] [cargo options] [irbpf options] [-- irbpf options]\n"
	      "\n"
	      "Builds package PKG's library crate (or its binary crate: a #![no_std]\n"
	      "#![no_main] src/main.rs, as aya programs are) with stable rustc as LLVM\n"
	      "bitcode (lto = \"fat\", panic = \"abort\", codegen-units = 1, full debug\n"
	      "info, --emit=llvm-bc) and runs irbpf on it. The object goes to OUT.o\n"
	      "(default: TARGET_DIR/bpf/CRATE.o) and its path is printed on stdout.\n"
	      "\n"
	      "Cargo options:\n"
	      "  --release               build with the release profile\n"
	      "  -p, --package PKG       the package to build (a workspace member)\n"
	      "  --bin NAME              its binary target NAME (default: the library, or\n"
	      "                          the only binary of a package without one)\n"
	      "  --manifest-path PATH    path to Cargo.toml\n"
	      "  --target-dir DIR        cargo's target directory\n"
	      "  -F, --features F        --all-features  --no-default-features\n"
	      "  --offline  --locked  --frozen  -q, --quiet\n"
	      "Output:\n"
	      "  -o, --output FILE       the BPF object to write\n"
	      "Any other option (-O2, -mcpu=v4, -v, -Werror, ...) is passed to irbpf.\n"
	      "irbpf is $IRBPF if set, else the irbpf beside cargo-irbpf, else irbpf on PATH.\n",
	      stdout);
}

static bool push(const char ***list, size_t *n, const char *arg)
{
	const char **grown = realloc(*list, (*n + 1) * sizeof(**list));

	if (!grown)
		return false;
	grown[(*n)++] = arg;
	*list = grown;
	return true;
}

/*
 * "--name VALUE", "--name=VALUE", "-x VALUE" or "-xVALUE". Returns 0 when
 * @argv[*i] is not this option, 1 with @val set, -1 on a missing value.
 */
static int take_value(const char *long_name, const char *short_name, int argc,
		      char **argv, int *i, const char **val)
{
	const char *arg = argv[*i];
	size_t len = strlen(long_name);

	if (!strncmp(arg, long_name, len) && arg[len] == '=')
		*val = arg + len + 1;
	else if (short_name && !strncmp(arg, short_name, 2) && arg[2])
		*val = arg + 2;
	else if (!strcmp(arg, long_name) || (short_name && !strcmp(arg, short_name)))
		*val = *i + 1 < argc ? argv[++*i] : NULL;
	else
		return 0;
	if (!*val || !**val) {
		report_error("option '%s' needs a value", long_name);
		return -1;
	}
	return 1;
}

static const char *const cargo_flags[] = {
	"--all-features", "--no-default-features", "--offline", "--locked", "--frozen",
	"-q", "--quiet",
};

static bool is_cargo_flag(const char *arg)
{
	for (size_t i = 0; i < sizeof(cargo_flags) / sizeof(cargo_flags[0]); i++)
		if (!strcmp(arg, cargo_flags[i]))
			return true;
	return false;
}

static int parse_one(struct build_options *opts, int argc, char **argv, int *i)
{
	const char *arg = argv[*i], *val = NULL;
	int ret;

	if (!strcmp(arg, "--help") || !strcmp(arg, "-h")) {
		build_usage();
		return -1;
	}
	if (!strcmp(arg, "--release")) {
		opts->release = true;
		return 0;
	}
	if (is_cargo_flag(arg))
		return push(&opts->cargo_args, &opts->n_cargo_args, arg) ? 0 : 1;
	if ((ret = take_value("--package", "-p", argc, argv, i, &opts->package)) ||
	    (ret = take_value("--bin", NULL, argc, argv, i, &opts->bin)) ||
	    (ret = take_value("--manifest-path", NULL, argc, argv, i, &opts->manifest_path)) ||
	    (ret = take_value("--output", "-o", argc, argv, i, &opts->output)) ||
	    (ret = take_value("--target-dir", NULL, argc, argv, i, &opts->target_dir)))
		return ret < 0 ? 1 : 0;
	ret = take_value("--features", "-F", argc, argv, i, &val);
	if (ret)
		return ret < 0 || !push(&opts->cargo_args, &opts->n_cargo_args, "--features") ||
		       !push(&opts->cargo_args, &opts->n_cargo_args, val);
	return push(&opts->irbpf_args, &opts->n_irbpf_args, arg) ? 0 : 1;
}

int build_options_parse(struct build_options *opts, int argc, char **argv)
{
	for (int i = 0; i < argc; i++) {
		int ret;

		if (!strcmp(argv[i], "--")) {
			for (i++; i < argc; i++)
				if (!push(&opts->irbpf_args, &opts->n_irbpf_args, argv[i]))
					return 1;
			break;
		}
		ret = parse_one(opts, argc, argv, &i);
		if (ret)
			return ret;
	}
	return 0;
}

void build_options_free(struct build_options *opts)
{
	free(opts->cargo_args);
	free(opts->irbpf_args);
}
