/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_PRODUCERS_H
#define IRBPF_PRODUCERS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Who wrote a bitcode module: its IDENTIFICATION block's string. */
struct producer {
	const char *module;	/* "x.bc", "libfoo.a(bar.o)"; NULL in memory */
	const char *text;	/* "LLVM22.1.8", "LLVM22.1.2-rust-1.95.0-stable" */
	unsigned major, minor;	/* the LLVM release that wrote it */
};

typedef void (*producer_fn)(const struct producer *p, void *arg);

/*
 * Calls @fn with the producer of each bitcode module the input at @path
 * holds: a bitcode file one, an ELF object the one in its .llvmbc
 * section, an archive one per bitcode member (see read_container.h);
 * textual IR, or bitcode without an IDENTIFICATION block, none. Nothing is
 * read from a pipe or other non-seekable file but standard input ("-"),
 * which is first spooled to a memory file in its place, so that it can
 * still be read from the start afterwards, by this process or by one it
 * executes. Returns 0; -1 when the input cannot be opened (left for the
 * read stage to report); 1 after reporting a damaged container.
 */
int input_producers(const char *path, producer_fn fn, void *arg);

/* The producer of one bitcode module in memory, if it names one. */
void input_producers_mem(const uint8_t *data, size_t size, producer_fn fn, void *arg);

/* The rustc release ("1.95") of a producer "LLVM<ver>-rust-1.95.0-..."
 * into @buf; false for producers other than rustc. */
bool producer_rustc_release(const char *text, char *buf, size_t size);

/* True when the LLVM release @major.@minor is newer than
 * @than_major.@than_minor. */
static inline bool producer_newer(unsigned major, unsigned minor, unsigned than_major,
				  unsigned than_minor)
{
	return major > than_major || (major == than_major && minor > than_minor);
}

/* Reports an error for each module in @data (named @path) that the LLVM
 * running cannot read because a newer one produced it; -1 if any. */
int producers_check_readable(const char *path, const uint8_t *data, size_t size);

#endif
