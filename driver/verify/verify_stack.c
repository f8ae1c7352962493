// SPDX-License-Identifier: MIT
/*
 * "combined stack size of N calls is M. Too large" names no instruction:
 * the kernel checks stack depth after the walk. Find the call that went
 * over the limit the way the kernel does (check_max_stack_depth): from
 * the program, through its calls in instruction order, adding each
 * frame's depth.
 */
#include "verify/verify_stack.h"

#include <linux/bpf.h>

#include "verify/verify_subprogs.h"

#define MAX_BPF_STACK 512
#define MAX_CALL_FRAMES 8

/* Frames are 16-byte aligned when the program is JITed. */
static unsigned frame_size(unsigned depth)
{
	return (depth + 15) & ~15u;
}

struct call_walk {
	const struct irbpf_prog_check *check;
	int starts[VERIFY_MAX_SUBPROGS];
	size_t n;
};

static int subprog_at(const struct call_walk *w, long insn)
{
	for (size_t k = 0; k < w->n; k++)
		if (w->starts[k] == insn)
			return (int)k;
	return -1;
}

static int walk_calls(const struct call_walk *w, size_t k, unsigned depth, int frame)
{
	const struct irbpf_prog_check *c = w->check;
	int end = k + 1 < w->n ? w->starts[k + 1] : (int)c->insn_cnt;

	for (int i = w->starts[k]; i < end; i++) {
		const struct bpf_insn *in = &c->insns[i];
		unsigned callee_depth;
		int j, site;

		if (!verify_insn_is_call(in))
			continue;
		j = subprog_at(w, (long)i + in->imm + 1);
		if (j < 0 || frame + 1 >= MAX_CALL_FRAMES)
			continue;
		callee_depth = depth + frame_size(c->stats.subprog_stack[j]);
		if (callee_depth > MAX_BPF_STACK)
			return i;
		site = walk_calls(w, (size_t)j, callee_depth, frame + 1);
		if (site >= 0)
			return site;
	}
	return -1;
}

int verify_stack_call_site(const struct irbpf_prog_check *check)
{
	struct call_walk w = { .check = check };

	if (!check->insns || check->stats.n_subprogs < 2)
		return -1;
	w.n = verify_subprog_starts(check, w.starts, VERIFY_MAX_SUBPROGS);
	/* The kernel's subprograms are ours, in the same order. */
	if (w.n != check->stats.n_subprogs)
		return -1;
	return walk_calls(&w, 0, frame_size(check->stats.subprog_stack[0]), 0);
}
