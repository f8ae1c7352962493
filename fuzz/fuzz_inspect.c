// SPDX-License-Identifier: MIT
/* Object bytes → the ELF, BTF and map reading behind "irbpf inspect". */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/libbpf.h>

#include "inspect/inspect.h"
#include "inspect/inspect_elf.h"
#include "inspect/inspect_json.h"

static int quiet(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	(void)level;
	(void)fmt;
	(void)ap;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct insp_object obj;
	char *image = malloc(size ? size : 1);
	FILE *out;

	if (!image)
		return 0;
	memcpy(image, data, size);
	libbpf_set_print(quiet);
	if (!inspect_read_memory("fuzz.o", image, size, &obj)) {
		out = fopen("/dev/null", "w");
		if (out) {
			inspect_print_text(out, "fuzz.o", &obj);
			inspect_print_json(out, &obj);
			fclose(out);
		}
	}
	inspect_free(&obj);
	free(image);
	return 0;
}
