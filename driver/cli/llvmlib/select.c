// SPDX-License-Identifier: MIT
/*
 * The LLVM that compiles: --llvm PATH (or IRBPF_LLVM) when given; else the
 * one irbpf is built with, when it is at least as new as every input's
 * producer (the fast path: nothing but the producers is read); else the
 * libLLVM of the rustc that produced Rust bitcode, or the oldest libLLVM
 * on the machine that is new enough.
 */
#include "cli/llvmlib/llvmlib.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <llvm-c/Core.h>

#include "diag/diag.h"
#include "stages/input/producers.h"

struct scan {
	struct llvm_need *need;
	const char *input;
	bool rustc;		/* some input comes from rustc */
};

static void note_producer(const struct producer *p, void *arg)
{
	struct scan *s = arg;
	char release[32];

	s->rustc |= producer_rustc_release(p->text, release, sizeof(release));
	if (s->need->input[0] && !producer_newer(p->major, p->minor, s->need->major,
						 s->need->minor))
		return;
	s->need->major = p->major;
	s->need->minor = p->minor;
	snprintf(s->need->input, sizeof(s->need->input), "%s", p->module ? p->module : s->input);
	snprintf(s->need->producer, sizeof(s->need->producer), "%s", p->text);
}

/* The newest producer among the inputs; whether rustc wrote any. A crash
 * meanwhile (reading standard input, say) names the input. Returns -1
 * after reporting a damaged input. */
static int scan_inputs(const struct irbpf_options *opts, struct llvm_need *need,
		       bool *rustc)
{
	struct diag_state diag = { .stage = "read" };
	struct scan s = { .need = need };
	int ret = 0;

	memset(need, 0, sizeof(*need));
	diag_enter(&diag);
	for (size_t i = 0; i < opts->n_inputs && !ret; i++) {
		s.input = strcmp(opts->inputs[i], "-") ? opts->inputs[i] : "<stdin>";
		diag.reading = s.input;
		ret = input_producers(opts->inputs[i], note_producer, &s) > 0 ? -1 : 0;
	}
	diag_detach();
	*rustc = s.rustc;
	return ret;
}

static bool new_enough(unsigned major, unsigned minor, const struct llvm_need *need)
{
	return major >= LLVMLIB_MIN_MAJOR && !producer_newer(need->major, need->minor,
							       major, minor);
}

/*
 * rustc's own libLLVM if it is new enough (it is found first), else the
 * oldest that is: the closest to what produced the input. When none is,
 * the newest there is with @fallback (for the message), else NULL.
 */
static const struct llvm_lib *pick(const struct llvm_places *pl,
				   const struct llvm_need *need, bool fallback)
{
	const struct llvm_lib *best = NULL, *newest = NULL;

	for (size_t i = 0; i < pl->n; i++) {
		const struct llvm_lib *l = &pl->libs[i];

		if (!newest || producer_newer(l->major, l->minor, newest->major, newest->minor))
			newest = l;
		if (!new_enough(l->major, l->minor, need))
			continue;
		if (l->rust[0])
			return l;
		if (!best || producer_newer(best->major, best->minor, l->major, l->minor))
			best = l;
	}
	return best ? best : fallback ? newest : NULL;
}

/* " (rustc 1.95)" for a rustc producer, else "". */
static void rustc_suffix(const struct llvm_need *need, char *buf, size_t size)
{
	char release[32];

	buf[0] = '\0';
	if (producer_rustc_release(need->producer, release, sizeof(release)))
		snprintf(buf, size, " (rustc %s)", release);
}

/* The library (or the best in the directory) --llvm or IRBPF_LLVM names. */
static enum llvm_choice given(const char *what, const char *path,
			      const struct llvm_need *need, struct llvm_lib *lib)
{
	struct llvm_places *pl;
	const struct llvm_lib *found;
	char rustc[48];

	if (llvm_lib_probe(path, lib)) {
		pl = calloc(1, sizeof(*pl));
		if (!pl) {
			diag_error("out of memory");
			return LLVM_NONE;
		}
		llvm_search_dir(pl, path);
		found = pick(pl, need, true);
		if (found)
			*lib = *found;
		free(pl);
		if (!found) {
			diag_error("no libLLVM at '%s' (given by %s)", path, what);
			return LLVM_NONE;
		}
	}
	if (lib->major < LLVMLIB_MIN_MAJOR) {
		diag_error("the LLVM given by %s (%s) is %u.%u; irbpf needs LLVM %u or newer",
			   what, lib->path, lib->major, lib->minor, LLVMLIB_MIN_MAJOR);
		return LLVM_NONE;
	}
	if (!new_enough(lib->major, lib->minor, need)) {
		rustc_suffix(need, rustc, sizeof(rustc));
		diag_error("%s was produced by LLVM %u.%u%s; the LLVM given by %s (%s) is %u.%u",
			   need->input, need->major, need->minor, rustc, what, lib->path,
			   lib->major, lib->minor);
		return LLVM_NONE;
	}
	return LLVM_LIBRARY;
}

static enum llvm_choice search(const struct llvm_need *need, bool rustc_inputs,
			       struct llvm_lib *lib)
{
	struct llvm_places *pl = calloc(1, sizeof(*pl));
	const struct llvm_lib *found;
	unsigned major, minor, patch;
	char rustc[48];

	if (!pl) {
		diag_error("out of memory");
		return LLVM_NONE;
	}
	llvm_search(pl, need->major > LLVMLIB_MIN_MAJOR ? need->major : LLVMLIB_MIN_MAJOR,
		    rustc_inputs);
	found = pick(pl, need, false);
	if (found) {
		*lib = *found;
		free(pl);
		return LLVM_LIBRARY;
	}
	LLVMGetVersion(&major, &minor, &patch);
	rustc_suffix(need, rustc, sizeof(rustc));
	diag_error("%s was produced by LLVM %u.%u%s; no LLVM >= %u.%u found (built with "
		   "%u.%u; looked in %s); install llvm-%u or pass --llvm=PATH", need->input,
		   need->major, need->minor, rustc, need->major, need->minor, major, minor,
		   pl->looked, need->major);
	free(pl);
	return LLVM_NONE;
}

enum llvm_choice llvm_select(const struct irbpf_options *opts, struct llvm_lib *lib)
{
	const char *env = getenv("IRBPF_LLVM");
	unsigned major, minor, patch;
	struct llvm_need need;
	bool rustc_inputs;

	if (scan_inputs(opts, &need, &rustc_inputs))
		return LLVM_NONE;
	if (opts->llvm)
		return given("--llvm", opts->llvm, &need, lib);
	if (env && *env)
		return given("IRBPF_LLVM", env, &need, lib);
	LLVMGetVersion(&major, &minor, &patch);
	if (!producer_newer(need.major, need.minor, major, minor))
		return LLVM_BUILT_IN;
	return search(&need, rustc_inputs, lib);
}
