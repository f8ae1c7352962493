/* SPDX-License-Identifier: MIT */
#ifndef AGENT_VLOG_H
#define AGENT_VLOG_H

#include <stddef.h>
#include <stdio.h>

/*
 * Prints the part of a kernel verifier log that explains a rejection: the
 * source line and the instruction the verifier stopped at, and the error
 * lines at the end of the log (statistics lines dropped). Each printed line
 * is prefixed with @indent. Returns the number of lines in the whole log.
 */
size_t vlog_summarize(const char *log, FILE *out, const char *indent);

#endif
