// SPDX-License-Identifier: MIT
/*
 * Bytes → irbpf's input reader → the stages up to the ELF object, in
 * memory. Bitcode goes to irbpf's own IDENTIFICATION reader only: LLVM's
 * bitcode reader is not hardened against malformed bytes and crashes on
 * most mutations within seconds. Textual IR takes the whole pipeline.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli/options.h"
#include "pipeline/pipeline.h"
#include "stages/input/read_bitcode_id.h"

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

/* irbpf's own bitstream reader sees every input, bitcode or not. */
static void read_identification(const uint8_t *data, size_t size)
{
	unsigned major, minor;
	char producer[128];

	bitcode_is_bitcode(data, size);
	if (!bitcode_producer(data, size, producer, sizeof(producer)))
		bitcode_producer_version(producer, &major, &minor);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct irbpf_buffer in = { .name = "fuzz.ll", .data = data, .size = size };

	read_identification(data, size);
	if (!bitcode_is_bitcode(data, size))
		pipeline_run_buffer(&opts, &in);
	return 0;
}
