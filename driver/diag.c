// SPDX-License-Identifier: MIT
/* One-line diagnostics: "irbpf: error: <what> (<where>)". */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <llvm-c/Core.h>
#include <llvm-c/DebugInfo.h>
#include <llvm-c/ErrorHandling.h>

static void vreport(const char *kind, const char *fmt, va_list ap)
{
	fprintf(stderr, "irbpf: %s: ", kind);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void diag_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport("error", fmt, ap);
	va_end(ap);
}

void diag_warning(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport("warning", fmt, ap);
	va_end(ap);
}

void diag_note(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport("note", fmt, ap);
	va_end(ap);
}

/* The backend's own location, or the function's when it has none. */
static void backend_location(const struct diag_state *state, const char *desc,
			     int desc_len, const char *name, int name_len,
			     char *buf, size_t size)
{
	char fn_name[256];
	LLVMValueRef fn;

	buf[0] = '\0';
	if (desc_len > 0 && strncmp(desc, "<unknown>", 9)) {
		snprintf(buf, size, "%.*s", desc_len, desc);
		return;
	}
	if (!state->module)
		return;
	snprintf(fn_name, sizeof(fn_name), "%.*s", name_len, name);
	fn = LLVMGetNamedFunction(state->module, fn_name);
	if (fn)
		diag_func_location(fn, buf, size);
}

/*
 * Backend diagnostics print as "<loc>: in function <name> <type>: <msg>";
 * reshape them into "<msg> (in function '<name>', <loc>)".
 */
static void report_backend(const struct diag_state *state, const char *kind,
			   const char *desc)
{
	char loc[512];

	const char *in_fn = strstr(desc, ": in function ");
	const char *name, *name_end, *msg;

	if (!in_fn) {
		fprintf(stderr, "irbpf: %s: %s\n", kind, desc);
		return;
	}
	name = in_fn + strlen(": in function ");
	name_end = strchr(name, ' ');
	msg = name_end ? strstr(name_end, ": ") : NULL;
	if (!name_end || !msg) {
		fprintf(stderr, "irbpf: %s: %s\n", kind, desc);
		return;
	}
	backend_location(state, desc, (int)(in_fn - desc), name,
			 (int)(name_end - name), loc, sizeof(loc));
	fprintf(stderr, "irbpf: %s: %s (in function '%.*s'%s%s)\n", kind, msg + 2,
		(int)(name_end - name), name, loc[0] ? ", " : "", loc);
}

static void diagnostic_handler(LLVMDiagnosticInfoRef info, void *opaque)
{
	struct diag_state *state = opaque;
	char *desc = LLVMGetDiagInfoDescription(info);
	char *nl;

	/* One line per diagnostic: keep the first line of multi-line text. */
	nl = strchr(desc, '\n');
	if (nl)
		*nl = '\0';

	switch (LLVMGetDiagInfoSeverity(info)) {
	case LLVMDSError:
		state->errors++;
		if (state->input)
			fprintf(stderr, "irbpf: error: %s: %s\n", state->input, desc);
		else
			report_backend(state, "error", desc);
		break;
	case LLVMDSWarning:
		state->warnings++;
		report_backend(state, "warning", desc);
		break;
	default:
		break;
	}
	LLVMDisposeMessage(desc);
}

void diag_attach(LLVMContextRef ctx, struct diag_state *state)
{
	LLVMContextSetDiagnosticHandler(ctx, diagnostic_handler, state);
}

static void fatal_error_handler(const char *reason)
{
	fprintf(stderr, "irbpf: error: LLVM: %s\n", reason);
	/* No output has been opened yet when LLVM runs: nothing to clean up. */
	_exit(1);
}

void diag_install_fatal_handler(void)
{
	LLVMInstallFatalErrorHandler(fatal_error_handler);
}

static int format_location(LLVMValueRef v, unsigned line, unsigned col,
			   char *buf, size_t size)
{
	unsigned len = 0;
	const char *file = LLVMGetDebugLocFilename(v, &len);

	buf[0] = '\0';
	if (!file || !len || !line)
		return 0;
	if (col)
		snprintf(buf, size, "%.*s:%u:%u", (int)len, file, line, col);
	else
		snprintf(buf, size, "%.*s:%u", (int)len, file, line);
	return 1;
}

int diag_inst_location(LLVMValueRef inst, char *buf, size_t size)
{
	return format_location(inst, LLVMGetDebugLocLine(inst),
			       LLVMGetDebugLocColumn(inst), buf, size);
}

int diag_func_location(LLVMValueRef fn, char *buf, size_t size)
{
	return format_location(fn, LLVMGetDebugLocLine(fn), 0, buf, size);
}
