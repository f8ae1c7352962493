/* SPDX-License-Identifier: MIT */
#ifndef CARGO_IRBPF_PROCESS_H
#define CARGO_IRBPF_PROCESS_H

#include <stddef.h>

/* A growable NULL-terminated argv. */
struct argv_list {
	const char **argv;
	size_t n, cap;
	int failed;		/* out of memory while adding */
};

void argv_add(struct argv_list *l, const char *arg);
void argv_free(struct argv_list *l);

/*
 * Runs argv[0] (searched on PATH) with stdin, stdout and stderr inherited.
 * Returns its exit status, 128+N when killed by signal N, or -1 when it
 * could not be started (errno set).
 */
int process_run(const char *const *argv);

/* Same, but collects stdout into *@out (NUL-terminated, caller frees). */
int process_capture(const char *const *argv, char **out);

#endif
