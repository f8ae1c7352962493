// SPDX-License-Identifier: MIT
#include "cli/llvmlib/core_entry.h"

#include "cli/options.h"
#include "llvm/crash.h"
#include "pipeline/pipeline.h"

__attribute__((visibility("default")))
int irbpf_core_main(int argc, char **argv, const char *exe, const char *lib)
{
	struct irbpf_options opts;
	int ret = options_parse(&opts, argc, argv);

	if (ret) {
		options_free(&opts);
		return ret < 0 ? 0 : 1;
	}
	opts.exe = exe;
	opts.llvm_lib = lib;
	crash_install();
	ret = pipeline_run(&opts);
	options_free(&opts);
	return ret;
}
