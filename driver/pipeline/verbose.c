// SPDX-License-Identifier: MIT
#include "pipeline/verbose.h"

#include <stdio.h>
#include <string.h>

#include <llvm-c/Core.h>

#include "llvm/target.h"

static const char *emit_filetype(enum irbpf_emit emit)
{
	return emit == IRBPF_EMIT_ASM ? "asm" : "obj";
}

/* The modules linked, archive members among them as "lib.a(m.o)". */
static void print_link(const struct irbpf_ctx *ctx)
{
	bool members = false;

	fputs("    $ llvm-link", stderr);
	for (size_t i = 0; i < ctx->n_inputs; i++) {
		if (!ctx->inputs[i].linked)
			continue;
		fprintf(stderr, " %s", ctx->inputs[i].name);
		members |= ctx->inputs[i].member;
	}
	fputs(" -o linked.bc\n", stderr);
	if (members)
		fputs("    (archive members as `ar x` extracts them)\n", stderr);
}

static void print_equivalent(const struct irbpf_ctx *ctx, const char *stage)
{
	const struct irbpf_options *opts = ctx->opts;

	if (!strcmp(stage, "link")) {
		print_link(ctx);
	} else if (!strcmp(stage, "retarget")) {
		fputs("    (sets triple bpfel and the BPF data layout, drops host-only "
		      "attributes: no single-tool equivalent)\n", stderr);
	} else if (!strcmp(stage, "internalize")) {
		fputs("    $ opt -passes='internalize,globaldce' "
		      "-internalize-public-api-list=<entry points, maps, data> "
		      "linked.bc -o internal.bc\n", stderr);
	} else if (!strcmp(stage, "optimize") && !ctx->reoptimized) {
		/* opt cannot confine the clean-up to the functions that
		 * inlined something; on the rest it finds nothing to do. */
		fprintf(stderr, "    $ opt -mtriple=%s -mcpu=%s -passes='always-inline,"
			"function(instcombine,simplifycfg)' internal.bc -o opt.bc\n",
			IRBPF_TRIPLE, opts->cpu);
	} else if (!strcmp(stage, "optimize")) {
		fprintf(stderr, "    $ opt -mtriple=%s -mcpu=%s -passes='default<O%u>' "
			"internal.bc -o opt.bc\n", IRBPF_TRIPLE, opts->cpu, opts->opt_level);
	} else if (!strcmp(stage, "codegen") && (opts->emit == IRBPF_EMIT_OBJ ||
						  opts->emit == IRBPF_EMIT_ASM)) {
		char flags[256];

		target_backend_flags(flags, sizeof(flags));
		fprintf(stderr, "    $ llc -march=%s -mcpu=%s -O%u -filetype=%s %s "
			"opt.bc -o %s\n", IRBPF_TRIPLE, opts->cpu, opts->opt_level,
			emit_filetype(opts->emit), flags, opts->output);
	}
}

void verbose_stage(const struct irbpf_ctx *ctx, const char *stage, double ms)
{
	fprintf(stderr, "irbpf: %-12s %8.1f ms\n", stage, ms);
	print_equivalent(ctx, stage);
}

void verbose_llvm(const struct irbpf_options *opts)
{
	unsigned major, minor, patch;

	LLVMGetVersion(&major, &minor, &patch);
	if (opts->llvm_lib)
		fprintf(stderr, "irbpf: LLVM %u.%u.%u from %s\n", major, minor, patch,
			opts->llvm_lib);
	else
		fprintf(stderr, "irbpf: LLVM %u.%u.%u (built in)\n", major, minor, patch);
}
