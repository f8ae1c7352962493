/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_READ_CONTAINER_H
#define IRBPF_READ_CONTAINER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* One LLVM module found in an input file. */
struct input_module {
	const char *name;	/* "x.bc", "x.o", "libfoo.a(bar.o)" */
	const uint8_t *data;	/* bitcode or textual IR; valid during the call */
	size_t size;
	const char *producer;	/* "LLVM22.1.8"; "" without an IDENTIFICATION block */
	bool member;		/* from an archive: linked only when needed */
};

/* Returns 0 to go on with the next module, non-zero to stop. */
typedef int (*input_module_fn)(const struct input_module *mod, void *arg);

/*
 * Calls @fn for each module in the input @name whose bytes are @data:
 * - an ELF object: the bitcode in its .llvmbc section (clang
 *   -fembed-bitcode, rustc -C embed-bitcode);
 * - an ar archive (llvm-ar, rlib, static library): each member that is
 *   bitcode or such an ELF object; other members (lib.rmeta, objects
 *   without bitcode) are skipped, with a note under @verbose;
 * - anything else: the bytes themselves, as one module (bitcode, textual
 *   IR, or what the IR readers will reject).
 * Returns -1 after reporting an input that holds no module or is damaged,
 * else 0 or the first non-zero value @fn returned.
 */
int read_container(const char *name, const uint8_t *data, size_t size, bool verbose,
		   input_module_fn fn, void *arg);

#endif
