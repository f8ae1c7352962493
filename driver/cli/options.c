// SPDX-License-Identifier: MIT
/* Command line of the compile mode: irbpf [options] INPUT... -o OUT */
#include "cli/options.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/response.h"
#include "diag/diag.h"
#include "stages/ir/internalize.h"
#include "cli/llvmlib/llvmlib.h"
#include "stages/ir/license.h"
#include "stages/ir/maps.h"
#include "gen/version.h"

enum {
	OPT_EMIT = 256,
	OPT_SAVE_TEMPS,
	OPT_HELP,
	OPT_VERSION,
	OPT_VERIFY,
	OPT_LICENSE,
	OPT_KVERSION,
	OPT_MAP_FORMAT,
	OPT_RUNTIME,
	OPT_NO_RUNTIME,
	OPT_INTERNALIZE,
	OPT_TARGET_BTF,
	OPT_REOPTIMIZE,
	OPT_ALLOW_PANICS,
	OPT_LLVM,
};

static const struct option long_options[] = {
	{ "output", required_argument, NULL, 'o' },
	{ "emit", required_argument, NULL, OPT_EMIT },
	{ "save-temps", no_argument, NULL, OPT_SAVE_TEMPS },
	{ "verbose", no_argument, NULL, 'v' },
	{ "help", no_argument, NULL, OPT_HELP },
	{ "version", no_argument, NULL, OPT_VERSION },
	{ "verify", optional_argument, NULL, OPT_VERIFY },
	{ "license", required_argument, NULL, OPT_LICENSE },
	{ "kversion", required_argument, NULL, OPT_KVERSION },
	{ "map-format", required_argument, NULL, OPT_MAP_FORMAT },
	{ "runtime", required_argument, NULL, OPT_RUNTIME },
	{ "no-runtime", no_argument, NULL, OPT_NO_RUNTIME },
	{ "internalize", required_argument, NULL, OPT_INTERNALIZE },
	{ "target-btf", required_argument, NULL, OPT_TARGET_BTF },
	{ "reoptimize", no_argument, NULL, OPT_REOPTIMIZE },
	{ "allow-panics", no_argument, NULL, OPT_ALLOW_PANICS },
	{ "llvm", required_argument, NULL, OPT_LLVM },
	{ NULL, 0, NULL, 0 },
};

static void print_help(void)
{
	puts("Usage: irbpf [options] INPUT... -o OUTPUT\n"
	     "       irbpf inspect [--json] FILE...\n"
	     "       irbpf verify [--json] [--prog NAME] OBJ.o...\n"
	     "\n"
	     "Links LLVM IR (.bc, .ll) from any frontend and lowers it to a\n"
	     "loader-ready BPF ELF object. An INPUT may also be an ELF object\n"
	     "with embedded bitcode (-fembed-bitcode) or an archive (.a, .rlib)\n"
	     "of either, whose members are linked only when needed.\n"
	     "\n"
	     "Options:\n"
	     "  -o, --output FILE     write the result to FILE (required)\n"
	     "  -O0|-O1|-O2|-O3       optimisation level (default -O2)\n"
	     "  --reoptimize          run the -O pipeline even on bitcode that clang\n"
	     "                        already optimised for BPF\n"
	     "  -mcpu=v1|v2|v3|v4     BPF instruction set version (default v3)\n"
	     "  --emit=KIND           obj (default), asm, llvm-ir or llvm-bc\n"
	     "  -g                    keep DWARF debug info next to BTF\n"
	     "  -Werror               turn warnings into errors\n"
	     "  --allow-panics        a call that may panic is a warning, not an\n"
	     "                        error (also -Wno-error=panic); the kernel\n"
	     "                        rejects a program that can reach it\n"
	     "  --license=STR         licence for a program that declares none\n"
	     "  --kversion=VER        add a 'version' section (6.1.0 or a number)\n"
	     "  --map-format=FMT      annotated maps as btf (default), legacy,\n"
	     "                        aya, cilium or gobpf\n"
	     "  --internalize=WHAT    programs: only program entry points keep\n"
	     "                        global linkage; none: every function the\n"
	     "                        source made global stays global and present\n"
	     "                        (default: none for C from clang, programs\n"
	     "                        for other frontends)\n"
	     "  --target-btf FILE     the target kernel's BTF (a vmlinux or\n"
	     "                        /sys/kernel/btf/vmlinux): tracepoint names\n"
	     "                        are checked against it, not this machine's\n"
	     "                        tracefs\n"
	     "  --save-temps          keep the IR after each stage next to OUTPUT\n"
	     "  --verify[=require]    check the object with the running kernel's\n"
	     "                        verifier before writing it; =require fails\n"
	     "                        where bpf() is not permitted\n"
	     "  --runtime PATH        link this runtime.bc (helpers by name, mem*)\n"
	     "  --no-runtime          link no runtime\n"
	     "  --llvm PATH           compile with this libLLVM (a file, or a\n"
	     "                        directory holding one)\n"
	     "  -v, --verbose         print each stage, its time and the\n"
	     "                        equivalent llvm-link/opt/llc commands\n"
	     "  -MD                   write a make/ninja depfile: OUTPUT with its\n"
	     "                        suffix replaced by .d\n"
	     "  -MF FILE              write the depfile to FILE (implies -MD)\n"
	     "  -MT TARGET            the target the depfile names (default OUTPUT)\n"
	     "  -MP                   add an empty rule for each dependency\n"
	     "  @FILE                 read more arguments from FILE\n"
	     "  --help                show this help\n"
	     "  --version             show irbpf's LLVM and the libLLVMs it finds\n"
	     "\n"
	     "An INPUT of '-' reads standard input; '-o -' writes to standard output.");
}

static int parse_emit(struct irbpf_options *opts, const char *arg)
{
	static const struct { const char *name; enum irbpf_emit kind; } kinds[] = {
		{ "obj", IRBPF_EMIT_OBJ },
		{ "asm", IRBPF_EMIT_ASM },
		{ "llvm-ir", IRBPF_EMIT_LLVM_IR },
		{ "llvm-bc", IRBPF_EMIT_LLVM_BC },
	};

	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
		if (!strcmp(arg, kinds[i].name)) {
			opts->emit = kinds[i].kind;
			return 0;
		}
	}
	diag_error("invalid value '%s' for --emit (expected obj, asm, llvm-ir or llvm-bc)", arg);
	return 1;
}

static int parse_opt_level(struct irbpf_options *opts, const char *arg)
{
	if (!arg || !*arg) {
		opts->opt_level = 2;
		return 0;
	}
	if (arg[1] == '\0' && arg[0] >= '0' && arg[0] <= '3') {
		opts->opt_level = (unsigned)(arg[0] - '0');
		return 0;
	}
	diag_error("invalid optimisation level '-O%s' (expected -O0, -O1, -O2 or -O3)", arg);
	return 1;
}

static int parse_machine(struct irbpf_options *opts, const char *arg)
{
	static const char *const cpus[] = { "v1", "v2", "v3", "v4" };

	if (strncmp(arg, "cpu=", 4)) {
		diag_error("unknown option '-m%s'", arg);
		return 1;
	}
	for (size_t i = 0; i < sizeof(cpus) / sizeof(cpus[0]); i++) {
		if (!strcmp(arg + 4, cpus[i])) {
			opts->cpu = cpus[i];
			return 0;
		}
	}
	diag_error("invalid value '%s' for -mcpu (expected v1, v2, v3 or v4)", arg + 4);
	return 1;
}

static int parse_warning(struct irbpf_options *opts, const char *arg)
{
	if (!strcmp(arg, "error")) {
		opts->werror = true;
		return 0;
	}
	if (!strcmp(arg, "no-error=panic") || !strcmp(arg, "error=panic")) {
		opts->allow_panics = arg[0] == 'n';
		return 0;
	}
	diag_error("unknown option '-W%s'", arg);
	return 1;
}

static int parse_verify(struct irbpf_options *opts, const char *arg)
{
	if (!arg) {
		opts->verify = IRBPF_VERIFY_TRY;
		return 0;
	}
	if (!strcmp(arg, "require")) {
		opts->verify = IRBPF_VERIFY_REQUIRE;
		return 0;
	}
	diag_error("invalid value '%s' for --verify (expected --verify or --verify=require)", arg);
	return 1;
}

/* An option that names a file to write: given twice is a mistake. */
static int set_once(const char *name, const char **value, const char *arg)
{
	if (*value) {
		diag_error("%s given twice ('%s' and '%s')", name, *value, arg);
		return 1;
	}
	*value = arg;
	return 0;
}

static int parse_one(struct irbpf_options *opts, int c, const char *arg)
{
	switch (c) {
	case 'o':
		return set_once("-o", &opts->output, arg);
	case 'O':
		return parse_opt_level(opts, arg);
	case 'm':
		return parse_machine(opts, arg);
	case 'W':
		return parse_warning(opts, arg);
	case 'g':
		opts->keep_debug = true;
		return 0;
	case 'v':
		opts->verbose = true;
		return 0;
	case OPT_EMIT:
		return parse_emit(opts, arg);
	case OPT_SAVE_TEMPS:
		opts->save_temps = true;
		return 0;
	case OPT_VERIFY:
		return parse_verify(opts, arg);
	case OPT_LICENSE:
		opts->license = arg;
		return 0;
	case OPT_KVERSION:
		opts->has_kversion = true;
		return license_parse_kversion(arg, &opts->kversion);
	case OPT_MAP_FORMAT:
		return maps_parse_format(arg, &opts->map_format);
	case OPT_RUNTIME:
		opts->runtime = arg;
		return 0;
	case OPT_NO_RUNTIME:
		opts->no_runtime = true;
		return 0;
	case OPT_TARGET_BTF:
		opts->target_btf = arg;
		return 0;
	case OPT_INTERNALIZE:
		return internalize_parse_mode(arg, &opts->internalize);
	case OPT_REOPTIMIZE:
		opts->reoptimize = true;
		return 0;
	case OPT_ALLOW_PANICS:
		opts->allow_panics = true;
		return 0;
	case OPT_LLVM:
		opts->llvm = arg;
		return 0;
	case OPT_HELP:
		print_help();
		return -1;
	case OPT_VERSION:
		llvm_print_version();
		return -1;
	default:
		fputs("Try 'irbpf --help' for more information.\n", stderr);
		return 1;
	}
}

static void options_defaults(struct irbpf_options *opts)
{
	memset(opts, 0, sizeof(*opts));
	opts->cpu = "v3";
	opts->opt_level = 2;
	opts->emit = IRBPF_EMIT_OBJ;
	opts->verify_ir = getenv("IRBPF_VERIFY_IR") &&
			    strcmp(getenv("IRBPF_VERIFY_IR"), "0") != 0;
}

/* "-MF FILE" or "-MFFILE" (same for -MT): the value, or NULL if absent. */
static const char *dep_value(char **argv, int argc, int *i)
{
	if (argv[*i][3])
		return argv[*i] + 3;
	if (*i + 1 < argc)
		return argv[++*i];
	diag_error("missing argument to '%s'", argv[*i]);
	return NULL;
}

static int dep_option(struct irbpf_options *opts, char **argv, int argc, int *i)
{
	const char *arg = argv[*i], *value;

	if (!strcmp(arg, "-MD"))
		opts->write_depfile = true;
	else if (!strcmp(arg, "-MP"))
		opts->dep_phony = true;
	else if (!strncmp(arg, "-MF", 3))
		return (value = dep_value(argv, argc, i)) &&
		       !set_once("-MF", &opts->depfile, value) ? 1 : -1;
	else if (!strncmp(arg, "-MT", 3))
		return (opts->dep_target = dep_value(argv, argc, i)) ? 1 : -1;
	else
		return 0;
	return 1;
}

/*
 * The -M options take their value as the next argument, which getopt
 * cannot express next to -mcpu=: take them out first. They (and their
 * values) move behind the arguments getopt sees, which stay in order.
 * Returns the number of arguments left for getopt, or -1.
 */
static int take_dep_options(struct irbpf_options *opts)
{
	char **argv = opts->args.argv, **tail;
	int argc = opts->args.argc, kept = 1, moved = 0, i;

	tail = calloc((size_t)argc, sizeof(*tail));
	if (!tail) {
		diag_error("out of memory");
		return -1;
	}
	for (i = 1; i < argc && strcmp(argv[i], "--"); i++) {
		int first = i, found = dep_option(opts, argv, argc, &i);

		if (found < 0) {
			free(tail);
			return -1;
		}
		for (int j = first; j <= i; j++) {
			if (found)
				tail[moved++] = argv[j];
			else
				argv[kept++] = argv[j];
		}
	}
	while (i < argc)	/* "--" and the inputs after it */
		argv[kept++] = argv[i++];
	memcpy(argv + kept, tail, (size_t)moved * sizeof(*tail));
	free(tail);
	return kept;
}

/*
 * getopt said '?': @optopt is 0 for an unknown long option, the option's
 * value when its argument is missing, or an unknown short option letter
 * (then @arg may be a cluster such as "-MX" or still argv[0]).
 */
static void report_bad_option(const char *arg, int optopt)
{
	bool long_opt = !strncmp(arg, "--", 2);

	if (!optopt)
		diag_error("unknown option '%s'", arg);
	else if (long_opt)
		diag_error("missing argument to '%.*s'", (int)strcspn(arg, "="), arg);
	else if (strchr("oOmW", optopt) && arg[0] == '-' && arg[1] == optopt && !arg[2])
		diag_error("missing argument to '-%c'", optopt);
	else
		diag_error("unknown option '-%c'", optopt);
}

static int check_streams(const struct irbpf_options *opts)
{
	size_t stdin_inputs = 0;

	for (size_t i = 0; i < opts->n_inputs; i++)
		stdin_inputs += !strcmp(opts->inputs[i], "-");
	if (stdin_inputs > 1) {
		diag_error("standard input ('-') given as input more than once");
		return 1;
	}
	if (opts->write_depfile && !opts->depfile && !strcmp(opts->output, "-")) {
		diag_error("-MD with output to stdout needs -MF FILE");
		return 1;
	}
	if (opts->save_temps && !strcmp(opts->output, "-")) {
		diag_error("--save-temps names its files after the output: it needs -o FILE, "
			   "not -o -");
		return 1;
	}
	return 0;
}

int options_parse(struct irbpf_options *opts, int argc, char **argv)
{
	int c, ret;

	options_defaults(opts);
	if (response_expand(argc, argv, &opts->args))
		return 1;
	argc = take_dep_options(opts);
	if (argc < 0)
		return 1;
	argv = opts->args.argv;
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, "o:O::m:W:gv", long_options, NULL)) != -1) {
		if (c == '?') {
			report_bad_option(argv[optind - 1], optopt);
			c = 0;
		}
		ret = parse_one(opts, c, optarg);
		if (ret)
			return ret;
	}

	opts->n_inputs = (size_t)(argc - optind);
	opts->inputs = calloc(opts->n_inputs + 1, sizeof(*opts->inputs));
	if (!opts->inputs) {
		diag_error("out of memory");
		return 1;
	}
	for (size_t i = 0; i < opts->n_inputs; i++)
		opts->inputs[i] = argv[optind + (int)i];

	if (!opts->n_inputs) {
		diag_error("no input files");
		return 1;
	}
	if (!opts->output) {
		diag_error("no output file given (use -o FILE)");
		return 1;
	}
	if (opts->verify && opts->emit != IRBPF_EMIT_OBJ) {
		diag_error("--verify checks objects; it cannot be combined with --emit other than obj");
		return 1;
	}
	return check_streams(opts);
}

void options_free(struct irbpf_options *opts)
{
	free(opts->inputs);
	opts->inputs = NULL;
	response_free(&opts->args);
}
