/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_DIAG_H
#define IRBPF_DIAG_H

#include <stddef.h>

#include <llvm-c/Types.h>

struct stderr_capture;

struct diag_state {
	unsigned errors;
	unsigned warnings;
	const char *input;	/* file being read, for reader diagnostics */
	const char *input_what;	/* what a reader diagnostic means ("invalid bitcode: ") */
	LLVMModuleRef module;	/* program, to locate functions in backend errors */
	const char *stage;	/* pipeline stage running, for LLVM fatal errors */
	const char *reading;	/* input the read stage is on, for crash reports */
	char program[256];	/* the inputs, named before program-wide errors */
	struct stderr_capture *capture;	/* set while a reader runs */
};

void diag_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void diag_warning(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void diag_note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Installs the context diagnostic handler that turns LLVM diagnostics
 * (linker clashes, backend errors) into irbpf errors counted in @state. */
void diag_attach(LLVMContextRef ctx, struct diag_state *state);

/* Makes @state the one crash and fatal-error reports read, before there
 * is an LLVM context (while irbpf reads the inputs' producers). */
void diag_enter(struct diag_state *state);

/* Stops naming the program and using @state for fatal errors. */
void diag_detach(void);

/* The state of the compilation running (see diag_attach), or NULL. */
const struct diag_state *diag_current(void);

/* Names the program by its inputs ("x.bc", "a.bc, b.bc"): errors reported
 * from then on start with that name. */
void diag_set_program(struct diag_state *state, const char *const *inputs, size_t n);

/* Installs the process-wide handler for LLVM's fatal errors. */
void diag_install_fatal_handler(void);

/* Formats the debug location of an instruction as "file:line[:col]" into
 * @buf; returns false (and leaves @buf empty) when there is none. */
int diag_inst_location(LLVMValueRef inst, char *buf, size_t size);

/* Location of a function's definition from its DISubprogram (of a global
 * variable's from its DIGlobalVariable), if any. */
int diag_func_location(LLVMValueRef fn, char *buf, size_t size);

/* Location "file:line" of a global variable's DIGlobalVariable, if any. */
int diag_global_location(LLVMValueRef g, char *buf, size_t size);

/* The location of @inst, else of @fn (its function, or a global
 * variable), as " (file:line)"; an empty string when debug info has
 * neither. */
void diag_where(LLVMValueRef fn, LLVMValueRef inst, char *buf, size_t size);

#endif
