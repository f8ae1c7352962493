// SPDX-License-Identifier: MIT
/* Stage 1: read each input (.bc or .ll) into a module of the context. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <llvm-c/BitReader.h>
#include <llvm-c/Core.h>
#include <llvm-c/DebugInfo.h>
#include <llvm-c/IRReader.h>

#include "diag/stderr_capture.h"
#include "llvm/irverify.h"
#include "stages/input/input_kind.h"
#include "stages/input/read_bitcode_id.h"
#include "stages/lower/check.h"
#include "stages/stages.h"

static int check_producer(const char *path, const uint8_t *data, size_t size)
{
	unsigned major, minor, patch, in_major, in_minor;
	char producer[128];

	if (bitcode_producer(data, size, producer, sizeof(producer)) ||
	    bitcode_producer_version(producer, &in_major, &in_minor))
		return 0;	/* no identification: let the reader decide */

	LLVMGetVersion(&major, &minor, &patch);
	if (in_major > major || (in_major == major && in_minor > minor)) {
		diag_error("%s was produced by LLVM %u.%u but irbpf uses LLVM %u.%u "
			   "(producer '%s')", path, in_major, in_minor, major, minor,
			   producer);
		return -1;
	}
	return 0;
}

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

	if (check_producer(path, data, size))
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

/* Inputs that are neither bitcode nor text: say what they are rather than
 * let the IR parser report "expected top-level entity". */
static int check_binary(const char *path, const uint8_t *data, size_t size)
{
	if (size >= 4 && !memcmp(data, "\x7f" "ELF", 4)) {
		diag_error("%s: an ELF object, not LLVM IR: irbpf compiles bitcode "
			   "(clang -emit-llvm -c) or textual IR (.ll)", path);
		return -1;
	}
	if (memchr(data, '\0', size < 4096 ? size : 4096)) {
		diag_error("%s: not LLVM bitcode (no 'BC' signature) and not textual IR", path);
		return -1;
	}
	return 0;
}

/* "-" is standard input. */
static int read_buffer(const char *path, LLVMMemoryBufferRef *buf, char **msg)
{
	if (!strcmp(path, "-"))
		return LLVMCreateMemoryBufferWithSTDIN(buf, msg);
	return LLVMCreateMemoryBufferWithContentsOfFile(path, buf, msg);
}

/*
 * The readers accept modules the passes would crash on (a use before its
 * definition, a call with the wrong arguments): reject them here. Debug
 * info of the current version is checked by the reader with a verifier
 * run over the whole module (broken IR is fatal there, broken debug info
 * an error in diag.c), so such a module is not verified a second time.
 */
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
	if (LLVMGetBufferSize(buf) == 0) {
		diag_error("%s: empty input file", path);
		LLVMDisposeMemoryBuffer(buf);
		return NULL;
	}
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

static LLVMModuleRef read_one(struct irbpf_ctx *ctx, const char *arg)
{
	const char *path = strcmp(arg, "-") ? arg : "<stdin>";
	LLVMMemoryBufferRef buf;
	char *msg = NULL;

	ctx->diag.reading = path;
	if (read_buffer(arg, &buf, &msg)) {
		diag_error("%s: cannot read input: %s", path, msg ? msg : "unknown error");
		LLVMDisposeMessage(msg);
		return NULL;
	}
	return read_module(ctx, path, buf);
}

/* The copy ends in a NUL, which the IR lexer relies on. */
static LLVMModuleRef read_memory(struct irbpf_ctx *ctx, const struct irbpf_buffer *in)
{
	LLVMMemoryBufferRef buf;

	buf = LLVMCreateMemoryBufferWithMemoryRangeCopy(in->data, in->size, in->name);
	if (!buf) {
		diag_error("out of memory");
		return NULL;
	}
	return read_module(ctx, in->name, buf);
}

int stage_read(struct irbpf_ctx *ctx)
{
	const struct irbpf_options *opts = ctx->opts;
	size_t n = ctx->buffer ? 1 : opts->n_inputs;

	ctx->inputs = calloc(n, sizeof(*ctx->inputs));
	if (!ctx->inputs) {
		diag_error("out of memory");
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		ctx->inputs[i] = ctx->buffer ? read_memory(ctx, ctx->buffer)
					     : read_one(ctx, opts->inputs[i]);
		if (!ctx->inputs[i])
			return -1;
		ctx->input_kinds |= input_kind(ctx->inputs[i]);
		ctx->n_inputs++;
	}
	return 0;
}
