// SPDX-License-Identifier: MIT
/* irbpf verify [--json] [--prog NAME] OBJ.o...: the kernel's verifier on
 * built objects, with compiler-style diagnostics and veristat's figures. */
#include "verify/verify.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "io/input_file.h"
#include "diag/diag.h"

struct verify_args {
	bool json;
	const char *prog;
	char **objects;
	int n_objects;
};

static void print_usage(void)
{
	puts("Usage: irbpf verify [--json] [--prog NAME] OBJ.o...\n"
	     "\n"
	     "Loads each program of each object into the running kernel's verifier,\n"
	     "then unloads it. Rejections are reported as file:line: error: with the\n"
	     "relevant part of the verifier log and a hint; accepted programs get\n"
	     "the verifier's figures (veristat's).\n"
	     "\n"
	     "Options:\n"
	     "  --json          print the verdicts and figures as JSON on stdout\n"
	     "  --prog NAME     check only the program (function) NAME\n"
	     "  --help          show this help\n"
	     "\n"
	     "Exit status: 0 when every program is accepted, 1 otherwise.");
}

/* Returns 0 to go on, 1 on a usage error, -1 after --help. */
static int parse_args(struct verify_args *args, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "prog", required_argument, NULL, 'p' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	memset(args, 0, sizeof(*args));
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'j':
			args->json = true;
			break;
		case 'p':
			args->prog = optarg;
			break;
		case 'h':
			print_usage();
			return -1;
		default:
			diag_error("unknown option '%s' for 'irbpf verify'", argv[optind - 1]);
			return 1;
		}
	}
	args->objects = argv + optind;
	args->n_objects = argc - optind;
	if (!args->n_objects) {
		diag_error("no object files to verify (usage: irbpf verify [--json] "
			   "[--prog NAME] OBJ.o...)");
		return 1;
	}
	return 0;
}

static int check_object(const struct verify_args *args, const char *path,
			struct verify_object *vo, void **data)
{
	struct irbpf_source src = { .path = path };
	struct input_file in;
	const char *why;

	if (input_file_read(path, NULL, &in, &why)) {
		memset(vo, 0, sizeof(*vo));
		vo->path = path;
		vo->err = -EIO;
		snprintf(vo->error, sizeof(vo->error), "cannot read: %s", why);
		diag_error("%s: %s", path, vo->error);
		return 1;
	}
	*data = in.data;
	src.data = in.data;
	src.size = in.size;
	verify_object_run(&src, args->prog, vo);
	verify_report_failures(vo);
	return verify_object_failures(vo) ? 1 : 0;
}

int verify_main(int argc, char **argv)
{
	struct verify_object *objs;
	struct verify_args args;
	void **data;
	int ret, err;

	ret = parse_args(&args, argc, argv);
	if (ret)
		return ret < 0 ? 0 : 1;
	err = irbpf_loader_probe();
	if (err) {
		diag_error("cannot verify: bpf() is not permitted here (%s); run as root or with "
			   "CAP_BPF", strerror(-err));
		return 1;
	}
	irbpf_loader_libbpf_messages(false);

	objs = calloc((size_t)args.n_objects, sizeof(*objs));
	data = calloc((size_t)args.n_objects, sizeof(*data));
	if (!objs || !data) {
		diag_error("out of memory");
		free(objs);
		free(data);
		return 1;
	}
	for (int i = 0; i < args.n_objects; i++)
		ret |= check_object(&args, args.objects[i], &objs[i], &data[i]);

	if (args.json)
		verify_report_json(stdout, objs, (size_t)args.n_objects);
	else
		verify_report_table(stdout, objs, (size_t)args.n_objects);
	for (int i = 0; i < args.n_objects; i++) {
		verify_object_free(&objs[i]);
		free(data[i]);
	}
	free(objs);
	free(data);
	return ret;
}
