/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_VERIFY_SOURCE_H
#define IRBPF_VERIFY_SOURCE_H

#include <stdbool.h>
#include <stddef.h>

#include "loader.h"

/* Source position of an instruction, from the object's BTF line info. */
struct verify_loc {
	char file[256];			/* empty: no line info */
	unsigned line;
	unsigned col;
	char text[IRBPF_LOG_LINE];	/* the source line itself */
	char func[128];			/* function the insn belongs to */
};

/* Source mapping: ELF symbols and .BTF.ext line info of one object. */
struct verify_source;
struct verify_source *verify_source_open(const void *data, size_t size);
void verify_source_close(struct verify_source *vs);
/* Where insn @insn of program @check (as submitted) comes from. */
void verify_source_locate(const struct verify_source *vs,
			  const struct irbpf_prog_check *check, int insn,
			  struct verify_loc *loc);
/* Whether the object was built from Rust: its BTF names a source file
 * ending in ".rs" (line info, kept by -g builds and cargo irbpf). */
bool verify_source_is_rust(const struct verify_source *vs);

/* Name of the function at subprogram index @k (0: the program). */
const char *verify_source_subprog(const struct verify_source *vs,
				  const struct irbpf_prog_check *check, unsigned k);

#endif
