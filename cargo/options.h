/* SPDX-License-Identifier: MIT */
#ifndef CARGO_IRBPF_OPTIONS_H
#define CARGO_IRBPF_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>

/* What `cargo irbpf build` was asked to do. Cargo's own options are kept
 * apart from the ones handed to irbpf unchanged. */
struct build_options {
	bool release;
	const char *package;		/* -p */
	const char *bin;		/* --bin: a binary target instead of the library */
	const char *manifest_path;	/* --manifest-path */
	const char *output;		/* -o */
	const char *target_dir;		/* --target-dir */
	const char **cargo_args;	/* other cargo options, in order */
	size_t n_cargo_args;
	const char **irbpf_args;	/* everything else, in order */
	size_t n_irbpf_args;
};

/* Parses the arguments after "build". Returns 0, 1 on a usage error
 * (reported), or -1 after printing --help. */
int build_options_parse(struct build_options *opts, int argc, char **argv);
void build_options_free(struct build_options *opts);
void build_usage(void);

#endif
