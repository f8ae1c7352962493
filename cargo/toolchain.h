/* SPDX-License-Identifier: MIT */
#ifndef CARGO_IRBPF_TOOLCHAIN_H
#define CARGO_IRBPF_TOOLCHAIN_H

#include <stddef.h>

/*
 * Finds irbpf: $IRBPF if set, else the irbpf next to this executable, else
 * irbpf on PATH. Writes its path to @buf; returns -1 (reported) if none.
 */
int toolchain_find_irbpf(char *buf, size_t size);

/*
 * Refuses a rustc whose LLVM is newer than irbpf's: irbpf could not read
 * its bitcode. Runs `rustc -vV` ($RUSTC if set) and `irbpf --version`.
 * Returns 0, or -1 after one error line.
 */
int toolchain_check_llvm(const char *irbpf);

#endif
