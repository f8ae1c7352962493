/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_DIAG_H
#define IRBPF_DIAG_H

#include <llvm-c/Types.h>

struct diag_state {
	unsigned errors;
	unsigned warnings;
	const char *input;	/* file being read, for reader diagnostics */
	LLVMModuleRef module;	/* program, to locate functions in backend errors */
};

void diag_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void diag_warning(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void diag_note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Installs the context diagnostic handler that turns LLVM diagnostics
 * (linker clashes, backend errors) into irbpf errors counted in @state. */
void diag_attach(LLVMContextRef ctx, struct diag_state *state);

/* Installs the process-wide handler for LLVM's fatal errors. */
void diag_install_fatal_handler(void);

/* Formats the debug location of an instruction as "file:line[:col]" into
 * @buf; returns false (and leaves @buf empty) when there is none. */
int diag_inst_location(LLVMValueRef inst, char *buf, size_t size);

/* Location of a function's definition from its DISubprogram, if any. */
int diag_func_location(LLVMValueRef fn, char *buf, size_t size);

#endif
