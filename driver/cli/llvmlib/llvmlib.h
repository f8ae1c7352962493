/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_LLVMLIB_H
#define IRBPF_LLVMLIB_H

/*
 * Which LLVM compiles: the one irbpf is built with when it can read every
 * input, else a shared libLLVM found on the machine (rustc's own, a
 * distribution's libllvmN, --llvm PATH), run by irbpf-llvm-run in a fresh
 * process: two LLVMs cannot live in one.
 */

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>

#include "cli/options.h"

#define LLVMLIB_MIN_MAJOR 19	/* the oldest LLVM irbpf supports */

struct llvm_lib {
	char path[PATH_MAX];
	unsigned major, minor;
	char rust[32];		/* rustc's own libLLVM: the rustc release */
};

/* An LLVM release, and where the demand for it comes from. */
struct llvm_need {
	unsigned major, minor;
	char input[512];	/* the input (or member) with the newest producer */
	char producer[128];	/* its producer string */
};

/* Reads the release of the libLLVM file @path from its SONAME (else its
 * file name) into @lib: 0, or -1 when it is no libLLVM. */
int llvm_lib_probe(const char *path, struct llvm_lib *lib);

/* Calls @fn for each libLLVM file in @dir (each once, by real path). */
typedef void (*llvm_lib_fn)(const struct llvm_lib *lib, void *arg);
void llvm_lib_scan_dir(const char *dir, llvm_lib_fn fn, void *arg);

/* Where irbpf looks for libLLVM, in order; what it found there. */
struct llvm_places {
	struct llvm_lib libs[32];
	size_t n;
	char looked[1024];	/* the places, for messages */
};

/*
 * Finds the libLLVMs of release @min_major or newer: with @rustc, first in
 * the sysroot of $RUSTC (else rustc on PATH); then in IRBPF_LLVM_PATH's
 * directories if set, else in `llvm-config-N --libdir`, /usr/lib/llvm-N/lib
 * and the multiarch library directory.
 */
void llvm_search(struct llvm_places *pl, unsigned min_major, bool rustc);

/* Adds the libLLVMs in @dir, of any release, to @pl. */
void llvm_search_dir(struct llvm_places *pl, const char *dir);

/* The rustc toolchain's library directory, <sysroot>/lib, into @dir:
 * 0, or -1 when there is no rustc to ask. */
int rustc_lib_dir(char *dir, size_t size);

enum llvm_choice {
	LLVM_BUILT_IN,		/* compile in this process */
	LLVM_LIBRARY,		/* hand over to irbpf-llvm-run with @lib */
	LLVM_NONE,		/* reported: no usable LLVM */
};

/* Chooses the LLVM for the inputs of @opts (see README, "Which LLVM irbpf
 * uses"). Reads only the inputs' producers: LLVM is not touched. */
enum llvm_choice llvm_select(const struct irbpf_options *opts, struct llvm_lib *lib);

/* Runs irbpf-llvm-run with @lib and this command line; returns only on
 * failure (reported), with the exit code. */
int llvm_exec(char **argv, const struct llvm_lib *lib);

/* --version: irbpf's and its LLVM's, and the libLLVMs it can find. */
void llvm_print_version(void);

#endif
