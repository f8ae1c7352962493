/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_CONTEXT_H
#define IRBPF_CONTEXT_H

#include <stdbool.h>

#include <llvm-c/Core.h>
#include <llvm-c/TargetMachine.h>

#include "diag/diag.h"
#include "stages/options.h"

/* One input already in memory; @name is used in diagnostics. */
struct irbpf_buffer {
	const char *name;
	const void *data;
	size_t size;
};

/* A module the read stage found, and where. */
struct irbpf_input {
	LLVMModuleRef module;
	char *name;		/* "x.bc", "libfoo.a(bar.o)" */
	bool member;		/* from an archive: linked only when needed */
	bool linked;		/* link stage: part of the program */
	unsigned kind;		/* INPUT_* bits (input_kind.h), as read */
};

/* State of one compilation, handed from stage to stage. */
struct irbpf_ctx {
	const struct irbpf_options *opts;
	const struct irbpf_buffer *buffer;	/* the input, when not opts->inputs */
	LLVMContextRef llvm;
	LLVMTargetMachineRef tm;
	struct irbpf_input *inputs;	/* read stage: the modules of all inputs */
	size_t n_inputs;
	unsigned input_kinds;		/* link stage: INPUT_* bits of any module linked */
	size_t n_linked;		/* link stage: modules linked into the program */
	LLVMModuleRef module;		/* link stage onwards: the program */
	bool reoptimized;		/* optimize stage: ran default<On> */
	LLVMMemoryBufferRef result;	/* codegen stage: bytes to write */
	char *depfile_path;		/* depfile stage: where and what, */
	char *depfile_text;		/* written with the result (-MD/-MF) */
	size_t depfile_size;
	struct diag_state diag;
};

#endif
