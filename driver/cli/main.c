// SPDX-License-Identifier: MIT
#include <stdlib.h>
#include <string.h>

#include "cli/options.h"
#include "inspect/inspect.h"
#include "llvm/crash.h"
#include "cli/llvmlib/llvmlib.h"
#include "pipeline/pipeline.h"
#include "verify/verify.h"

static int compile(struct irbpf_options *opts, char **argv)
{
	struct llvm_lib lib;

	crash_install();
	switch (llvm_select(opts, &lib)) {
	case LLVM_BUILT_IN:
		return pipeline_run(opts);
	case LLVM_LIBRARY:
		return llvm_exec(argv, &lib);
	default:
		return 1;
	}
}

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
	ret = compile(&opts, argv);
	options_free(&opts);
	return ret;
}
