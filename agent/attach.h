/* SPDX-License-Identifier: MIT */
#ifndef AGENT_ATTACH_H
#define AGENT_ATTACH_H

#include <limits.h>
#include <stdbool.h>

#include <bpf/libbpf.h>

#include "options.h"

/* One program of the object and where it is attached, if anywhere. */
struct attachment {
	struct bpf_program *prog;
	struct bpf_link *link;
	int sock_fd;			/* socket filter's raw socket, or -1 */
	struct bpf_tc_hook tc_hook;
	struct bpf_tc_opts tc_opts;
	bool tc_attached;
	bool tc_hook_created;		/* we created the clsact qdisc */
	bool attached;
	char target[128];		/* what it is attached to */
	char reason[256];		/* why it is not attached */
	char pin_path[PATH_MAX];	/* where its link is pinned, or "" */
};

/* Attaches @prog the way its section says (see README). Never fails:
 * the outcome is in @a (attached, or the reason why not). */
void attach_program(struct attachment *a, struct bpf_program *prog,
		    const struct agent_options *opts);

/* Undoes attach_program: destroys the link (a pinned link stays in the
 * kernel), removes the tc filter, closes the socket. @a->attached keeps
 * recording that the program was attached during the run. */
void attach_detach(struct attachment *a);

/* Network attach points, in attach_net.c. */
void attach_xdp(struct attachment *a, const struct agent_options *opts);
void attach_tc(struct attachment *a, const struct agent_options *opts);
void attach_socket(struct attachment *a, const struct agent_options *opts);
void detach_tc(struct attachment *a);

#endif
