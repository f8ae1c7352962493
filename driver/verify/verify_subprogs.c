// SPDX-License-Identifier: MIT
/* Subprograms of a submitted program: where BPF-to-BPF calls and callback
 * references go. */
#include "verify/verify_subprogs.h"

#include <stdlib.h>

#include <linux/bpf.h>

bool verify_insn_is_call(const struct bpf_insn *insn)
{
	return insn->code == (BPF_JMP | BPF_CALL) && insn->src_reg == BPF_PSEUDO_CALL;
}

static int cmp_int(const void *a, const void *b)
{
	return *(const int *)a - *(const int *)b;
}

size_t verify_subprog_starts(const struct irbpf_prog_check *check, int *starts, size_t max)
{
	size_t n = 0, out = 1;

	starts[n++] = 0;
	for (size_t i = 0; i < check->insn_cnt && n < max; i++) {
		const struct bpf_insn *in = &check->insns[i];
		bool call = verify_insn_is_call(in);
		bool func = in->code == (BPF_LD | BPF_IMM | BPF_DW) &&
			    in->src_reg == BPF_PSEUDO_FUNC;
		long target = (long)i + in->imm + 1;

		if ((call || func) && target > 0 && (size_t)target < check->insn_cnt)
			starts[n++] = (int)target;
	}
	qsort(starts, n, sizeof(*starts), cmp_int);
	for (size_t i = 1; i < n; i++)
		if (starts[i] != starts[out - 1])
			starts[out++] = starts[i];
	return out;
}
