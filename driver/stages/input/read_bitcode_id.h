/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_BITCODE_ID_H
#define IRBPF_BITCODE_ID_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* True when @data starts like LLVM bitcode (raw or with the wrapper). */
bool bitcode_is_bitcode(const uint8_t *data, size_t size);

/*
 * Reads the producer string ("LLVM22.1.8", "LLVM22.1.2-rust-1.95.0-stable")
 * from the IDENTIFICATION block at the start of a bitcode file. Returns 0
 * and fills @out, or -1 when the block is missing or malformed.
 */
int bitcode_producer(const uint8_t *data, size_t size, char *out, size_t out_size);

/* Parses "LLVM<major>.<minor>..." into its numbers; -1 if not of that form. */
int bitcode_producer_version(const char *producer, unsigned *major, unsigned *minor);

#endif
