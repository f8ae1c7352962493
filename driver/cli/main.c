// SPDX-License-Identifier: MIT
#include <stdlib.h>
#include <string.h>

#include "cli/options.h"
#include "inspect/inspect.h"
#include "llvm/crash.h"
#include "pipeline/pipeline.h"
#include "verify/verify.h"

int main(int argc, char **argv)
{
	struct irbpf_options opts;
	int ret;

	if (argc > 1 && !strcmp(argv[1], "verify"))
		return verify_main(argc - 1, argv + 1);
	if (argc > 1 && !strcmp(argv[1], "inspect"))
		return inspect_main(argc - 1, argv + 1);
	ret = options_parse(&opts, argc, argv);
	if (ret) {
		options_free(&opts);
		return ret < 0 ? 0 : 1;
	}
	crash_install();
	ret = pipeline_run(&opts);
	options_free(&opts);
	return ret;
}
