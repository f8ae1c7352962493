/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_STDERR_CAPTURE_H
#define IRBPF_STDERR_CAPTURE_H

#include <stddef.h>

/*
 * LLVM's readers print the module verifier's findings straight to file
 * descriptor 2 before they report a diagnostic or give up. While a reader
 * runs, descriptor 2 goes to a memory file instead, so that irbpf can put
 * its own one-line error first and quote the reader's first line in it.
 */
struct stderr_capture {
	int saved;	/* the real stderr, or -1 when not capturing */
	int mem;	/* what descriptor 2 writes to meanwhile */
};

/* Starts capturing; on failure nothing is captured (saved stays -1). */
void stderr_capture_begin(struct stderr_capture *c);

/* Lets irbpf's own messages through, and back to capturing. */
void stderr_capture_pause(const struct stderr_capture *c);
void stderr_capture_resume(const struct stderr_capture *c);

/* The first non-empty line captured so far ("" if none). */
void stderr_capture_first_line(const struct stderr_capture *c, char *buf, size_t size);

/* Restores stderr. What was captured is passed on unless @drop. */
void stderr_capture_end(struct stderr_capture *c, int drop);

#endif
