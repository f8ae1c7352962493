/* SPDX-License-Identifier: MIT */
#ifndef AGENT_MSG_H
#define AGENT_MSG_H

/* One line on stderr: "irbpf-agent: error: ..." (or warning/note). */
void agent_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void agent_warning(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void agent_note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Which of libbpf's own messages reach stderr. */
enum libbpf_messages {
	LIBBPF_MESSAGES_NONE,
	LIBBPF_MESSAGES_WARNINGS,	/* but not those the agent says better */
	LIBBPF_MESSAGES_ALL,		/* -v */
};

void agent_libbpf_messages(enum libbpf_messages which);

#endif
