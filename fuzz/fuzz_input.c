// SPDX-License-Identifier: MIT
/*
 * Bytes → irbpf's input reader → the stages up to the ELF object, in
 * memory. Archives and ELF objects go to libelf for the modules inside.
 * Bitcode, plain or found there, goes to irbpf's own IDENTIFICATION
 * reader only: LLVM's bitcode reader is not hardened against malformed
 * bytes and crashes on most mutations within seconds. Textual IR takes
 * the whole pipeline.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli/options.h"
#include "pipeline/pipeline.h"
#include "stages/input/read_bitcode_id.h"
#include "stages/input/read_container.h"

static struct irbpf_options opts;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static char *args[] = { "irbpf", "-o", "fuzz.o", "fuzz.ll", NULL };

	(void)argc;
	(void)argv;
	if (options_parse(&opts, 4, args)) {
		fprintf(stderr, "fuzz_input: cannot set up the options\n");
		exit(1);
	}
	return 0;
}

/* irbpf's own bitstream reader sees every module, bitcode or not. */
static int read_identification(const struct input_module *mod, void *arg)
{
	bool *bitcode = arg;
	unsigned major, minor;

	if (bitcode_is_bitcode(mod->data, mod->size))
		*bitcode = true;
	bitcode_producer_version(mod->producer, &major, &minor);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct irbpf_buffer in = { .name = "fuzz.ll", .data = data, .size = size };
	bool bitcode = false;

	if (!read_container(in.name, data, size, false, read_identification, &bitcode) &&
	    !bitcode)
		pipeline_run_buffer(&opts, &in);
	return 0;
}
