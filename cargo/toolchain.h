/* SPDX-License-Identifier: MIT */
#ifndef CARGO_IRBPF_TOOLCHAIN_H
#define CARGO_IRBPF_TOOLCHAIN_H

#include <stddef.h>

/*
 * Finds irbpf: $IRBPF if set, else the irbpf next to this executable, else
 * irbpf on PATH. Writes its path to @buf; returns -1 (reported) if none.
 */
int toolchain_find_irbpf(char *buf, size_t size);

/* Sets RUSTC, unless set, to the rustc of the toolchain cargo runs
 * `cargo irbpf` from, for irbpf to find that toolchain's libLLVM. */
void toolchain_export_rustc(void);

#endif
