// SPDX-License-Identifier: MIT
/* An input's bytes, read as the read stage reads them (and the producer
 * scan before it, for standard input). */
#include "stages/input/read_file.h"

#include <string.h>

#include "diag/diag.h"

const char read_not_ir[] = "not LLVM bitcode (no 'BC' signature) and not textual IR";

bool read_looks_like_text(const uint8_t *data, size_t size)
{
	return !memchr(data, '\0', size < INPUT_FILE_HEAD ? size : INPUT_FILE_HEAD);
}

/*
 * What an input may start with, checked before the rest of a stream is
 * read: bitcode (raw or in its wrapper), an ELF object or an ar archive
 * (which may carry bitcode), or text.
 */
static const char *input_check(const unsigned char *head, size_t len)
{
	static const char *const magics[] = {
		"BC\xc0\xde", "\xde\xc0\x17\x0b", "\x7f" "ELF", "!<arch>\n", "!<thin>\n",
	};

	for (size_t i = 0; i < sizeof(magics) / sizeof(magics[0]); i++)
		if (len >= strlen(magics[i]) && !memcmp(head, magics[i], strlen(magics[i])))
			return NULL;
	return read_looks_like_text(head, len) ? NULL : read_not_ir;
}

int read_input_file(const char *arg, struct input_file *in)
{
	const char *path = strcmp(arg, "-") ? arg : "<stdin>", *why;

	switch (input_file_read(strcmp(arg, "-") ? arg : NULL, input_check, in, &why)) {
	case INPUT_FILE_OK:
		return 0;
	case INPUT_FILE_UNREADABLE:
		diag_error("%s: cannot read input: %s", path, why);
		return -1;
	case INPUT_FILE_REFUSED:
	default:
		diag_error("%s: %s", path, why);
		return -1;
	}
}
