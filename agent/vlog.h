/* SPDX-License-Identifier: MIT */
#ifndef AGENT_VLOG_H
#define AGENT_VLOG_H

#include <stddef.h>

/* Number of lines in a verifier log. */
size_t vlog_count_lines(const char *log);

/* The source line the verifier printed (from BTF line info) before the
 * last occurrence of instruction @insn in @log, "; text @ file:line",
 * into @buf without the leading "; ". Returns 0, or -1 when there is none. */
int vlog_source_line(const char *log, int insn, char *buf, size_t size);

#endif
