/* SPDX-License-Identifier: MIT */
/* Shared by the structural checks (validate.h): the file's words, and
 * the reason for a refusal. */
#ifndef IRBPF_VALID_PRIV_H
#define IRBPF_VALID_PRIV_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* A little-endian u32 of the file, at any alignment. */
static inline uint32_t valid_rd32(const uint8_t *p)
{
	uint32_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

/* Where a check writes the reason it refuses a file, and how the reason
 * starts ("invalid BTF: "). */
struct valid_why {
	char *buf;
	size_t size;
	const char *prefix;
};

/* "<prefix><fmt...>" into @why; returns -EINVAL. */
int valid_fail(const struct valid_why *why, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif
