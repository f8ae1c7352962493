/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_READ_H
#define IRBPF_READ_H

#include "io/input_file.h"

/*
 * Reads the input @arg ("-": standard input) as the read stage does: a
 * regular file or a pipe within INPUT_FILE_MAX, whose start looks like
 * bitcode, an ELF object, an archive or text. Returns 0, or -1 after
 * reporting why not ("<stdin>: not LLVM bitcode ...").
 */
int read_input_file(const char *arg, struct input_file *in);

#endif
