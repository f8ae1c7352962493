/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_READ_FILE_H
#define IRBPF_READ_FILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "io/input_file.h"

/* What an input that is neither bitcode nor text is told. */
extern const char read_not_ir[];

/* Text, as far as its first INPUT_FILE_HEAD bytes tell: no NUL in them. */
bool read_looks_like_text(const uint8_t *data, size_t size);

/*
 * Reads the input @arg ("-": standard input) as the read stage does: a
 * regular file or a pipe within INPUT_FILE_MAX, whose start looks like
 * bitcode, an ELF object, an archive or text. Returns 0, or -1 after
 * reporting why not ("<stdin>: not LLVM bitcode ...").
 */
int read_input_file(const char *arg, struct input_file *in);

#endif
