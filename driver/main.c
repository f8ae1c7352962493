// SPDX-License-Identifier: MIT
#include <stdlib.h>

#include "options.h"
#include "pipeline.h"

int main(int argc, char **argv)
{
	struct irbpf_options opts;
	int ret;

	ret = options_parse(&opts, argc, argv);
	if (ret) {
		options_free(&opts);
		return ret < 0 ? 0 : 1;
	}
	ret = pipeline_run(&opts);
	options_free(&opts);
	return ret;
}
