// SPDX-License-Identifier: MIT
/* Stage 1: read each input (.bc, .ll, or the bitcode in an ELF object or an
 * archive) into modules of the context. */
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <llvm-c/BitReader.h>
#include <llvm-c/Core.h>
#include <llvm-c/DebugInfo.h>
#include <llvm-c/IRReader.h>

#include "stages/input/producers.h"
#include "stages/input/read_file.h"
#include "diag/stderr_capture.h"
#include "llvm/irverify.h"
#include "stages/input/input_kind.h"
#include "io/input_file.h"
#include "stages/input/read_bitcode_id.h"
#include "stages/input/read_container.h"
#include "stages/lower/check.h"
#include "stages/stages.h"

/*
 * While an LLVM reader runs, its diagnostics name @path and what it prints
 * by itself is held back (see stderr_capture.h). The in-memory entry point
 * serves fuzzing harnesses, whose sanitizer reports must reach stderr.
 */
static void reader_begin(struct irbpf_ctx *ctx, const char *path, const char *what,
			 struct stderr_capture *cap)
{
	ctx->diag.input = path;
	ctx->diag.input_what = what;
	cap->saved = cap->mem = -1;
	if (!ctx->buffer)
		stderr_capture_begin(cap);
	ctx->diag.capture = cap;
}

/* A reader's own output goes on only when it did not fail. */
static void reader_end(struct irbpf_ctx *ctx, struct stderr_capture *cap, int failed)
{
	ctx->diag.capture = NULL;
	stderr_capture_end(cap, failed || ctx->diag.errors);
	ctx->diag.input = NULL;
	ctx->diag.input_what = NULL;
}

static LLVMModuleRef read_bitcode(struct irbpf_ctx *ctx, const char *path,
				  LLVMMemoryBufferRef buf)
{
	const uint8_t *data = (const uint8_t *)LLVMGetBufferStart(buf);
	size_t size = LLVMGetBufferSize(buf);
	struct stderr_capture cap;
	LLVMModuleRef mod = NULL;
	int failed;

	if (producers_check_readable(path, data, size))
		return NULL;
	reader_begin(ctx, path, "invalid or truncated bitcode: ", &cap);
	failed = LLVMParseBitcodeInContext2(ctx->llvm, buf, &mod);
	reader_end(ctx, &cap, failed);
	if (failed) {
		if (!ctx->diag.errors)
			diag_error("%s: invalid bitcode", path);
		mod = NULL;
	}
	return mod;
}

/* Textual IR. The reader's message is "file:line:col: error: text\n...". */
static LLVMModuleRef read_text_ir(struct irbpf_ctx *ctx, const char *path,
				  LLVMMemoryBufferRef buf)
{
	struct stderr_capture cap;
	LLVMModuleRef mod = NULL;
	char *msg = NULL, *nl, *kind;
	int failed;

	/* LLVMParseIRInContext takes ownership of the buffer. */
	reader_begin(ctx, path, NULL, &cap);
	failed = LLVMParseIRInContext(ctx->llvm, buf, &mod, &msg);
	reader_end(ctx, &cap, failed);
	if (!failed)
		return mod;

	if (!msg) {
		diag_error("%s: cannot parse LLVM IR", path);
		return NULL;
	}
	nl = strchr(msg, '\n');
	if (nl)
		*nl = '\0';
	kind = strstr(msg, ": error: ");
	if (kind)
		diag_error("%.*s: %s", (int)(kind - msg), msg, kind + strlen(": error: "));
	else
		diag_error("%s: %s", path, msg);
	LLVMDisposeMessage(msg);
	return NULL;
}

/* Inputs that are neither bitcode nor text (ELF objects and archives are
 * opened before): say so rather than let the IR parser report "expected
 * top-level entity". */
static int check_binary(const char *path, const uint8_t *data, size_t size)
{
	if (!read_looks_like_text(data, size)) {
		diag_error("%s: %s", path, read_not_ir);
		return -1;
	}
	return 0;
}

/*
 * The readers accept modules the passes would crash on (a use before its
 * definition, a call with the wrong arguments): reject them here. Debug
 * info of the current version is checked by the reader with a verifier
 * run over the whole module (broken IR is fatal there, broken debug info
 * an error in diag.c), so such a module is not verified a second time.
 */
/* The readers accept modules the passes would crash on (a use before its
 * definition, a call with the wrong arguments): reject them here. */
static LLVMModuleRef verified(const char *path, LLVMModuleRef mod)
{
	char what[PATH_MAX + 32];

	if (!mod || LLVMGetModuleDebugMetadataVersion(mod) == LLVMDebugMetadataVersion())
		return mod;
	snprintf(what, sizeof(what), "%s: invalid module", path);
	if (!irverify_module(mod, what))
		return mod;
	LLVMDisposeModule(mod);
	return NULL;
}

/* Consumes @buf: bitcode or textual IR, told apart by the magic. */
static LLVMModuleRef read_module(struct irbpf_ctx *ctx, const char *path,
				 LLVMMemoryBufferRef buf)
{
	const uint8_t *data;
	LLVMModuleRef mod;

	ctx->diag.reading = path;
	data = (const uint8_t *)LLVMGetBufferStart(buf);
	if (bitcode_is_bitcode(data, LLVMGetBufferSize(buf))) {
		mod = read_bitcode(ctx, path, buf);
		LLVMDisposeMemoryBuffer(buf);
	} else if (check_binary(path, data, LLVMGetBufferSize(buf))) {
		LLVMDisposeMemoryBuffer(buf);
		return NULL;
	} else {
		mod = read_text_ir(ctx, path, buf);
	}
	mod = verified(path, mod);
	if (mod && check_host_asm(mod, path)) {
		LLVMDisposeModule(mod);
		return NULL;
	}
	return mod;
}

static int add_input(struct irbpf_ctx *ctx, LLVMModuleRef mod, const struct input_module *in)
{
	struct irbpf_input *grown;
	char *name = strdup(in->name);

	grown = name ? realloc(ctx->inputs, (ctx->n_inputs + 1) * sizeof(*grown)) : NULL;
	if (!grown) {
		diag_error("out of memory");
		free(name);
		LLVMDisposeModule(mod);
		return -1;
	}
	ctx->inputs = grown;
	ctx->inputs[ctx->n_inputs++] = (struct irbpf_input){
		.module = mod, .name = name, .member = in->member, .kind = input_kind(mod),
	};
	return 0;
}

struct read_arg {
	struct irbpf_ctx *ctx;
	const char *path;	/* the file the modules are in */
};

/* One module of an input file. The copy ends in a NUL, which the IR lexer
 * relies on. */
static int read_input_module(const struct input_module *in, void *arg)
{
	struct read_arg *ra = arg;
	LLVMMemoryBufferRef buf;
	LLVMModuleRef mod;

	buf = LLVMCreateMemoryBufferWithMemoryRangeCopy((const char *)in->data, in->size,
							in->name);
	if (!buf) {
		diag_error("out of memory");
		return -1;
	}
	mod = read_module(ra->ctx, in->name, buf);
	/* A member's name lives only as long as this call. */
	ra->ctx->diag.reading = ra->path;
	return mod ? add_input(ra->ctx, mod, in) : -1;
}

static int read_input(struct irbpf_ctx *ctx, const char *path, const void *data,
		      size_t size)
{
	struct read_arg ra = { .ctx = ctx, .path = path };

	ctx->diag.reading = path;
	if (size == 0) {
		diag_error("%s: empty input file", path);
		return -1;
	}
	return read_container(path, data, size, ctx->opts->verbose, read_input_module, &ra);
}

/* "-" is standard input. */
static int read_file(struct irbpf_ctx *ctx, const char *arg)
{
	const char *path = strcmp(arg, "-") ? arg : "<stdin>";
	struct input_file in;
	int ret;

	ctx->diag.reading = path;
	if (read_input_file(arg, &in))
		return -1;
	ret = read_input(ctx, path, in.data, in.size);
	input_file_free(&in);
	return ret;
}

int stage_read(struct irbpf_ctx *ctx)
{
	const struct irbpf_options *opts = ctx->opts;

	if (ctx->buffer)
		return read_input(ctx, ctx->buffer->name, ctx->buffer->data, ctx->buffer->size);
	for (size_t i = 0; i < opts->n_inputs; i++)
		if (read_file(ctx, opts->inputs[i]))
			return -1;
	return 0;
}
