/* SPDX-License-Identifier: MIT */
#ifndef AGENT_MSG_H
#define AGENT_MSG_H

/* One line on stderr: "irbpf-agent: error: ..." (or warning/note). */
void agent_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void agent_warning(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void agent_note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* -v: all of libbpf's messages on stderr (by default irbpf_loader keeps
 * it quiet and failures are explained by the agent). */
void agent_libbpf_verbose(void);

#endif
