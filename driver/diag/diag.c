// SPDX-License-Identifier: MIT
/* One-line diagnostics: "irbpf: error: <what> (<where>)". */
#include "diag/diag.h"
#include "diag/stderr_capture.h"
#include "escape.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <llvm-c/Core.h>
#include <llvm-c/DebugInfo.h>
#include <llvm-c/ErrorHandling.h>

/*
 * The compilation being reported on. LLVM's fatal error handler takes no
 * user data, so it can only find the inputs and the stage through here;
 * errors use it to name the program.
 */
static const struct diag_state *active;

static const char *program_name(void)
{
	return active && active->program[0] ? active->program : NULL;
}

static void vreport(const char *kind, const char *fmt, va_list ap)
{
	const char *program = program_name();
	bool named = program && !strcmp(kind, "error");
	char *msg = NULL;

	/* Names in messages come from inputs and the command line: every
	 * line is printed with its control characters escaped. */
	if (vasprintf(&msg, fmt, ap) < 0)
		msg = NULL;
	escape_line(stderr, "irbpf: %s: %s%s%s", kind, named ? program : "", named ? ": " : "",
		    msg ? msg : fmt);
	free(msg);
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

/* "file:line:col" with a line other than 0 */
static int has_line(const char *loc, int len)
{
	int colons = 0, i;

	for (i = len - 1; i >= 0 && colons < 2; i--)
		if (loc[i] == ':')
			colons++;
	if (colons < 2)
		return 0;
	return strtoul(loc + i + 2, NULL, 10) != 0;
}

/* The backend's own location, or the function's when it has none. */
static void backend_location(const struct diag_state *state, const char *desc,
			     int desc_len, const char *name, int name_len,
			     char *buf, size_t size)
{
	char fn_name[256];
	LLVMValueRef fn;

	buf[0] = '\0';
	if (desc_len > 0 && strncmp(desc, "<unknown>", 9) && has_line(desc, desc_len)) {
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
 * What to change for the backend errors a program can cause; a message
 * that says nothing useful in irbpf's setting is replaced.
 */
static const struct {
	const char *prefix;
	const char *replacement;	/* NULL: keep the backend's message */
	const char *hint;
} backend_hints[] = {
	{ "Looks like the BPF stack limit is exceeded",
	  "the stack exceeds BPF's 512 bytes",
	  "move large local variables into a per-CPU array map" },
	{ "too many arguments", NULL,
	  "BPF calls take at most 5 arguments; pass a pointer to a struct, or make "
	  "the callee static inline" },
	{ "stack arguments are not supported", NULL,
	  "BPF functions take at most 5 arguments; pass a pointer to a struct, or "
	  "make the function static inline" },
	{ "aggregate returns are not supported", NULL,
	  "return the struct through a pointer argument, or make the function "
	  "static inline" },
	{ "unsupported dynamic stack allocation", NULL,
	  "give the array a constant size" },
};

static const char *backend_hint(const char **msg)
{
	for (size_t i = 0; i < sizeof(backend_hints) / sizeof(backend_hints[0]); i++) {
		if (strncmp(*msg, backend_hints[i].prefix, strlen(backend_hints[i].prefix)))
			continue;
		if (backend_hints[i].replacement)
			*msg = backend_hints[i].replacement;
		return backend_hints[i].hint;
	}
	return NULL;
}

/*
 * Backend diagnostics print as "<loc>: in function <name> <type>: <msg>";
 * reshape them into "<msg> (in function '<name>', <loc>)".
 */
static void report_backend(const struct diag_state *state, const char *kind,
			   const char *desc)
{
	char loc[512];
	const char *program = strcmp(kind, "error") ? "" : state->program;
	const char *in_fn = strstr(desc, ": in function ");
	const char *name, *name_end, *msg, *hint;

	name = in_fn ? in_fn + strlen(": in function ") : NULL;
	name_end = name ? strchr(name, ' ') : NULL;
	msg = name_end ? strstr(name_end, ": ") : NULL;
	if (!msg) {
		escape_line(stderr, "irbpf: %s: %s%s%s", kind, program,
			    program[0] ? ": " : "", desc);
		return;
	}
	backend_location(state, desc, (int)(in_fn - desc), name,
			 (int)(name_end - name), loc, sizeof(loc));
	msg += 2;
	hint = backend_hint(&msg);
	escape_line(stderr, "irbpf: %s: %s%s%s (in function '%.*s'%s%s)%s%s", kind,
		    program, program[0] ? ": " : "", msg, (int)(name_end - name), name,
		    loc[0] ? ", " : "", loc, hint ? ": " : "", hint ? hint : "");
}

/*
 * The readers drop debug info that fails verification and go on; without
 * it the object would lose its BTF, so for irbpf that is an error.
 */
static int report_invalid_debug_info(struct diag_state *state, const char *desc)
{
	char detail[512] = "";

	if (!state->input || (strncmp(desc, "ignoring invalid debug info", 27) &&
			      strncmp(desc, "ignoring debug info with an invalid version", 42)))
		return 0;
	if (state->capture)
		stderr_capture_first_line(state->capture, detail, sizeof(detail));
	state->errors++;
	if (!strncmp(desc, "ignoring debug info with an invalid version", 42))
		escape_line(stderr, "irbpf: error: %s: invalid debug info: its 'Debug Info "
			    "Version' is not %u", state->input, LLVMDebugMetadataVersion());
	else
		escape_line(stderr, "irbpf: error: %s: invalid debug info: %s", state->input,
			    detail[0] ? detail : desc);
	return 1;
}

static void report_diagnostic(struct diag_state *state, LLVMDiagnosticInfoRef info,
			      const char *desc)
{
	if (report_invalid_debug_info(state, desc))
		return;
	switch (LLVMGetDiagInfoSeverity(info)) {
	case LLVMDSError:
		state->errors++;
		if (state->input)
			escape_line(stderr, "irbpf: error: %s: %s%s", state->input,
				    state->input_what ? state->input_what : "", desc);
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
	if (state->capture)
		stderr_capture_pause(state->capture);
	report_diagnostic(state, info, desc);
	if (state->capture)
		stderr_capture_resume(state->capture);
	LLVMDisposeMessage(desc);
}

void diag_attach(LLVMContextRef ctx, struct diag_state *state)
{
	LLVMContextSetDiagnosticHandler(ctx, diagnostic_handler, state);
	diag_enter(state);
}

void diag_enter(struct diag_state *state)
{
	active = state;
}

void diag_detach(void)
{
	active = NULL;
}

const struct diag_state *diag_current(void)
{
	return active;
}

void diag_set_program(struct diag_state *state, const char *const *inputs, size_t n)
{
	size_t len = 0, shown = n > 3 ? 3 : n;

	state->program[0] = '\0';
	for (size_t i = 0; i < shown && len < sizeof(state->program); i++)
		len += (size_t)snprintf(state->program + len, sizeof(state->program) - len,
					"%s%s", i ? ", " : "",
					strcmp(inputs[i], "-") ? inputs[i] : "<stdin>");
	if (n > shown && len < sizeof(state->program))
		snprintf(state->program + len, sizeof(state->program) - len,
			 " and %zu more", n - shown);
}

/* The first call of intrinsic @name (a prefix of its mangled name). */
static LLVMValueRef find_intrinsic_call(LLVMModuleRef mod, const char *name, size_t len)
{
	for (LLVMValueRef fn = LLVMGetFirstFunction(mod); fn; fn = LLVMGetNextFunction(fn))
		for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb;
		     bb = LLVMGetNextBasicBlock(bb))
			for (LLVMValueRef in = LLVMGetFirstInstruction(bb); in;
			     in = LLVMGetNextInstruction(in)) {
				LLVMValueRef callee;

				if (!LLVMIsACallInst(in))
					continue;
				callee = LLVMGetCalledValue(in);
				if (LLVMIsAFunction(callee) &&
				    !strncmp(LLVMGetValueName(callee), name, len))
					return in;
			}
	return NULL;
}

/*
 * Where the fatal error comes from: instruction selection adds an
 * "In function: f" line; otherwise a named intrinsic leads to its call.
 */
static void fatal_function(const char *reason, char *buf, size_t size)
{
	const char *in_fn = strstr(reason, "\nIn function: ");
	const char *intrinsic = strstr(reason, "llvm.");
	LLVMValueRef fn = NULL, call = NULL;
	char loc[512] = "";

	buf[0] = '\0';
	if (!active->module)
		return;
	if (in_fn) {
		char name[256];

		in_fn += strlen("\nIn function: ");
		snprintf(name, sizeof(name), "%.*s", (int)strcspn(in_fn, "\n"), in_fn);
		fn = LLVMGetNamedFunction(active->module, name);
	} else if (intrinsic) {
		call = find_intrinsic_call(active->module, intrinsic,
					   strspn(intrinsic, "abcdefghijklmnopqrstuvwxyz._"));
		if (call)
			fn = LLVMGetBasicBlockParent(LLVMGetInstructionParent(call));
	}
	if (!fn)
		return;
	if (!call || !diag_inst_location(call, loc, sizeof(loc)))
		diag_func_location(fn, loc, sizeof(loc));
	snprintf(buf, size, " (in function '%s'%s%s)", LLVMGetValueName(fn),
		 loc[0] ? ", " : "", loc);
}

/*
 * LLVM gives up on a construct it cannot handle. The output file is only
 * created by output_write(), which runs no LLVM code, so no
 * temporary file can exist here: there is nothing to remove.
 */
static void fatal_error_handler(const char *reason)
{
	const char *program = program_name();
	char where[800] = "";

	/* A reader that found a broken module: its verifier said why. */
	if (active && active->capture && active->input) {
		char detail[512];

		stderr_capture_first_line(active->capture, detail, sizeof(detail));
		stderr_capture_end(active->capture, 1);
		escape_line(stderr, "irbpf: error: %s: invalid module: %s", active->input,
			    detail[0] ? detail : reason);
		_exit(1);
	}
	if (active)
		fatal_function(reason, where, sizeof(where));
	escape_line(stderr, "irbpf: error: %s%sLLVM failed in stage '%s': %.*s%s",
		    program ? program : "", program ? ": " : "",
		    active && active->stage ? active->stage : "setup",
		    (int)strcspn(reason, "\n"), reason, where);
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

void diag_where(LLVMValueRef fn, LLVMValueRef inst, char *buf, size_t size)
{
	char loc[512];

	buf[0] = '\0';
	if ((inst && diag_inst_location(inst, loc, sizeof(loc))) ||
	    (fn && diag_func_location(fn, loc, sizeof(loc))))
		snprintf(buf, size, " (%s)", loc);
}

int diag_global_location(LLVMValueRef g, char *buf, size_t size)
{
	/* For a global, LLVM-C's debug location is its DIGlobalVariable's. */
	return format_location(g, LLVMGetDebugLocLine(g), 0, buf, size);
}
