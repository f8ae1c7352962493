// SPDX-License-Identifier: MIT
/*
 * cargo-irbpf: builds a Rust library crate into a BPF object with stable
 * rustc and irbpf. Cargo runs it as `cargo-irbpf irbpf build ...` when the
 * user types `cargo irbpf build ...`; it also works called directly.
 */
#include <stdio.h>
#include <string.h>

#include "build.h"
#include "options.h"
#include "report.h"
#include "version.h"

static void usage(FILE *f)
{
	fputs("Usage: cargo irbpf build [options]   (cargo irbpf build --help)\n"
	      "       cargo irbpf --version\n", f);
}

int main(int argc, char **argv)
{
	struct build_options opts = { 0 };
	int first = 1, ret;

	if (argc > 1 && !strcmp(argv[1], "irbpf"))
		first = 2;
	if (argc <= first) {
		usage(stderr);
		return 1;
	}
	if (!strcmp(argv[first], "--help") || !strcmp(argv[first], "-h") ||
	    !strcmp(argv[first], "help")) {
		usage(stdout);
		return 0;
	}
	if (!strcmp(argv[first], "--version") || !strcmp(argv[first], "-V")) {
		printf("cargo-irbpf %s\n", IRBPF_VERSION);
		return 0;
	}
	if (strcmp(argv[first], "build")) {
		report_error("unknown command '%s' (the command is `cargo irbpf build`)",
			     argv[first]);
		return 1;
	}
	ret = build_options_parse(&opts, argc - first - 1, argv + first + 1);
	if (ret == 0)
		ret = build_run(&opts);
	else
		ret = ret < 0 ? 0 : 1;
	build_options_free(&opts);
	return ret;
}
