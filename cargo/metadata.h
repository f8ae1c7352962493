/* SPDX-License-Identifier: MIT */
#ifndef CARGO_IRBPF_METADATA_H
#define CARGO_IRBPF_METADATA_H

#include "options.h"

/* The crate to build, as cargo describes it. */
struct crate_info {
	char *package;		/* package name, for cargo -p */
	char *crate;		/* crate name (underscores) */
	char *bin;		/* the binary target's name, NULL for the library */
	char *target_dir;	/* cargo's target directory, absolute */
};

/* The cargo to run: $CARGO (set by cargo for its subcommands) or "cargo". */
const char *metadata_cargo(void);

/*
 * Asks `cargo metadata` for the workspace and picks the package: -p if
 * given, else the package whose manifest cargo locates from the current
 * directory (or --manifest-path), else the workspace's only package with
 * a library (or a single binary). The target is --bin's binary, else the
 * library, else the package's only binary.
 * Returns 0, a cargo exit status (>0) after cargo reported the error, or
 * -1 after one error line.
 */
int metadata_select(const struct build_options *opts, struct crate_info *info);
void crate_info_free(struct crate_info *info);

#endif
