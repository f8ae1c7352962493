/* SPDX-License-Identifier: MIT */
/* Shared by the structural checks (validate.h): the file's words, and
 * the reason for a refusal. */
#ifndef IRBPF_VALID_PRIV_H
#define IRBPF_VALID_PRIV_H

#include <stdarg.h>
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

/* "@prefix@fmt..." into @why; returns -EINVAL. */
int valid_vfail(char *why, size_t size, const char *prefix, const char *fmt, va_list ap);

#endif
