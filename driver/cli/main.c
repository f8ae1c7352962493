// SPDX-License-Identifier: MIT
#include <stdlib.h>
#include <string.h>

#include "cli/heap.h"
#include "cli/options.h"
#include "inspect/inspect.h"
#include "llvm/crash.h"
#include "cli/llvmlib/llvmlib.h"
#include "pipeline/pipeline.h"
#include "verify/verify.h"

static int compile(struct irbpf_options *opts, char **argv)
{
	struct llvm_lib lib;
	void *heap;
	int ret;

	crash_install();
	switch (llvm_select(opts, &lib)) {
	case LLVM_BUILT_IN:
		heap = heap_prepare();
		ret = pipeline_run(opts);
		heap_release(heap);
		return ret;
	case LLVM_LIBRARY:
		/* irbpf-llvm-run sets its own heap up. */
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
