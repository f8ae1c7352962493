/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_SECTIONS_H
#define IRBPF_SECTIONS_H

#include <stddef.h>

#include <llvm-c/Core.h>

/* True when a function placed in section @sec is a program entry point. */
int sections_is_program(const char *sec);

/* True for the sections maps are declared in: ".maps" (BTF-defined),
 * "maps" and "maps/<name>" (annotated). */
int sections_is_map(const char *sec);

/* True when libbpf knows @sec as a program section ("?" prefix allowed). */
int sections_is_known(const char *sec);

/*
 * Writes up to three closest names libbpf knows for the unknown section
 * @sec into @buf as "'a'", "'a' or 'b'" or "'a', 'b' or 'c'"; empty when
 * nothing is close enough.
 */
void sections_suggest(const char *sec, char *buf, size_t size);

/* Reports every program section of @mod that libbpf does not know;
 * returns the number of errors. */
int sections_check_module(LLVMModuleRef mod);

#endif
