/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_CONTEXT_H
#define IRBPF_CONTEXT_H

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

/* State of one compilation, handed from stage to stage. */
struct irbpf_ctx {
	const struct irbpf_options *opts;
	const struct irbpf_buffer *buffer;	/* the input, when not opts->inputs */
	LLVMContextRef llvm;
	LLVMTargetMachineRef tm;
	LLVMModuleRef *inputs;		/* read stage: one module per input */
	size_t n_inputs;
	unsigned input_kinds;		/* read stage: INPUT_* bits of any input */
	LLVMModuleRef module;		/* link stage onwards: the program */
	bool reoptimized;		/* optimize stage: ran default<On> */
	LLVMMemoryBufferRef result;	/* codegen stage: bytes to write */
	struct diag_state diag;
};

#endif
