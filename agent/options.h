/* SPDX-License-Identifier: MIT */
#ifndef AGENT_OPTIONS_H
#define AGENT_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>

/* Map entries printed per map unless --max-entries says otherwise. */
#define AGENT_DEFAULT_MAX_ENTRIES 1024u

struct agent_options {
	const char *object;		/* OBJ.o to load */
	double duration;		/* seconds to run; 0: until SIGINT/SIGTERM */
	double interval;		/* seconds between map prints; 0: at exit only */
	const char *pin_dir;		/* --pin DIR on bpffs, or NULL */
	const char *iface;		/* --iface for XDP, tc and --socket */
	unsigned ifindex;
	const char *verifier_log;	/* file for the full log of a rejection */
	const char **event_types;	/* --event-type MAP=TYPE, in order */
	size_t n_event_types;
	unsigned max_entries;		/* entries printed per map; 0: all */
	bool socket;			/* attach socket filters to a raw socket */
	bool json;
	bool verbose;
};

/* Returns 0 to run, 1 on a usage error (already reported), or -1 when
 * --help/--version was answered and there is nothing else to do. */
int options_parse(struct agent_options *opts, int argc, char **argv);

/* Frees what options_parse() allocated. */
void options_free(struct agent_options *opts);

#endif
