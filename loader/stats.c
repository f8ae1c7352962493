// SPDX-License-Identifier: MIT
/* The verifier's figures: BPF_LOG_STATS lines and bpf_prog_info. */
#include "loader.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/bpf.h>

/* The stats are the last lines of a log; a long log is not rescanned. */
#define STATS_TAIL 4096

static void parse_stack_depths(const char *s, struct irbpf_prog_stats *st)
{
	char *end;

	st->n_subprogs = 0;
	st->stack_depth = 0;
	while (st->n_subprogs < IRBPF_MAX_SUBPROGS) {
		unsigned long depth = strtoul(s, &end, 10);

		if (end == s)
			break;
		st->subprog_stack[st->n_subprogs++] = (unsigned)depth;
		st->stack_depth += (unsigned)depth;
		if (*end != '+')
			break;
		s = end + 1;
	}
}

static void parse_stats_line(const char *line, struct irbpf_prog_stats *st)
{
	unsigned limit, mark_read;

	if (sscanf(line, "verification time %llu usec", &st->verification_usec) == 1)
		return;
	if (!strncmp(line, "stack depth ", 12)) {
		parse_stack_depths(line + 12, st);
		return;
	}
	if (sscanf(line, "processed %u insns (limit %u) max_states_per_insn %u "
		   "total_states %u peak_states %u mark_read %u",
		   &st->processed_insns, &limit, &st->max_states_per_insn,
		   &st->total_states, &st->peak_states, &mark_read) == 6)
		st->valid = true;
}

int irbpf_log_stats(const char *log, struct irbpf_prog_stats *st)
{
	size_t len = strlen(log);
	const char *line = len > STATS_TAIL ? log + len - STATS_TAIL : log;

	if (line != log) {
		line = strchr(line, '\n');
		line = line ? line + 1 : log + len;
	}
	while (*line) {
		const char *nl = strchrnul(line, '\n');

		parse_stats_line(line, st);
		line = *nl ? nl + 1 : nl;
	}
	return st->valid ? 0 : -ENOENT;
}

int irbpf_prog_fd_stats(int prog_fd, struct irbpf_prog_stats *st)
{
	struct bpf_prog_info info;
	__u32 len = sizeof(info);
	int err;

	memset(&info, 0, sizeof(info));
	err = bpf_obj_get_info_by_fd(prog_fd, &info, &len);
	if (err)
		return err;
	st->verified_insns = info.verified_insns;
	return 0;
}
