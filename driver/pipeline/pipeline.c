// SPDX-License-Identifier: MIT
#include "pipeline/pipeline.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "llvm/target.h"
#include "pipeline/verbose.h"
#include "stages/context.h"
#include "stages/stages.h"

struct stage {
	const char *name;
	int (*run)(struct irbpf_ctx *ctx);
	int has_module;		/* the module exists after this stage */
	int output;		/* acts on the output file: not for buffers */
};

static const struct stage stages[] = {
	{ "read", stage_read, 0, 0 },
	{ "link", stage_link, 1, 0 },
	{ "runtime", stage_runtime, 1, 0 },
	{ "retarget", stage_retarget, 1, 0 },
	{ "rust", stage_rust, 1, 0 },
	{ "resolve", stage_resolve, 1, 0 },
	{ "sections", stage_sections, 1, 0 },
	{ "license", stage_license, 1, 0 },
	{ "maps", stage_maps, 1, 0 },
	{ "btf", stage_btf, 1, 0 },
	{ "internalize", stage_internalize, 1, 0 },
	{ "optimize", stage_optimize, 1, 0 },
	{ "lower-mem", stage_lower_mem, 1, 0 },
	{ "lower-panics", stage_lower_panics, 1, 0 },
	{ "gpl", stage_gpl, 1, 0 },
	{ "check", stage_check, 1, 0 },
	{ "functypes", stage_functypes, 1, 0 },
	{ "codegen", stage_codegen, 0, 0 },
	{ "elf", stage_elf, 0, 0 },
	{ "verify", stage_verify, 0, 1 },
	{ "depfile", stage_depfile, 0, 1 },
	{ "write", stage_write, 0, 1 },
};

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int save_temp(struct irbpf_ctx *ctx, unsigned index, const char *stage)
{
	char path[4096];
	char *msg = NULL;

	snprintf(path, sizeof(path), "%s.%u-%s.ll", ctx->opts->output, index, stage);
	if (LLVMPrintModuleToFile(ctx->module, path, &msg)) {
		diag_error("cannot write '%s': %s", path, msg ? msg : "unknown error");
		LLVMDisposeMessage(msg);
		return -1;
	}
	return 0;
}

static void ctx_free(struct irbpf_ctx *ctx)
{
	for (size_t i = 0; i < ctx->n_inputs; i++) {
		if (ctx->inputs[i].module)
			LLVMDisposeModule(ctx->inputs[i].module);
		free(ctx->inputs[i].name);
	}
	free(ctx->inputs);
	if (ctx->module)
		LLVMDisposeModule(ctx->module);
	if (ctx->result)
		LLVMDisposeMemoryBuffer(ctx->result);
	if (ctx->tm)
		LLVMDisposeTargetMachine(ctx->tm);
	free(ctx->depfile_path);
	free(ctx->depfile_text);
	if (ctx->llvm)
		LLVMContextDispose(ctx->llvm);
	diag_detach();
}

static int run_stages(struct irbpf_ctx *ctx)
{
	double total = now_ms();

	if (ctx->opts->verbose)
		verbose_llvm(ctx->opts);
	for (unsigned i = 0; i < sizeof(stages) / sizeof(stages[0]); i++) {
		const struct stage *st = &stages[i];
		double start = now_ms();

		if (ctx->buffer && st->output)
			break;
		ctx->diag.stage = st->name;
		if (st->run(ctx) || ctx->diag.errors)
			return -1;
		/* Read errors name their file; later ones name the inputs. */
		if (st->run == stage_read) {
			if (ctx->buffer)
				diag_set_program(&ctx->diag, &ctx->buffer->name, 1);
			else
				diag_set_program(&ctx->diag, ctx->opts->inputs,
						 ctx->opts->n_inputs);
		}
		if (ctx->opts->verbose)
			verbose_stage(ctx, st->name, now_ms() - start);
		if (ctx->opts->save_temps && st->has_module && save_temp(ctx, i, st->name))
			return -1;
	}
	if (ctx->opts->verbose)
		fprintf(stderr, "irbpf: total %.1f ms\n", now_ms() - total);
	return 0;
}

static int run(const struct irbpf_options *opts, const struct irbpf_buffer *buffer)
{
	struct irbpf_ctx ctx = { .opts = opts, .buffer = buffer };
	int ret;

	target_init();
	ctx.llvm = LLVMContextCreate();
	diag_attach(ctx.llvm, &ctx.diag);
	ctx.tm = target_machine_create(opts->cpu, opts->opt_level);
	ret = ctx.tm ? run_stages(&ctx) : -1;
	ctx_free(&ctx);
	return ret ? 1 : 0;
}

int pipeline_run(const struct irbpf_options *opts)
{
	return run(opts, NULL);
}

int pipeline_run_buffer(const struct irbpf_options *opts, const struct irbpf_buffer *in)
{
	return run(opts, in);
}
