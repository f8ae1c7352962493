/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_DEMANGLE_H
#define IRBPF_DEMANGLE_H

#include <stddef.h>

/*
 * Readable name of a symbol for diagnostics: Rust's legacy mangling
 * (_ZN4core9panicking18panic_bounds_check17h0123456789abcdefE) and the
 * plain paths of v0 mangling (_RNvNtCs1234_4core9panicking...) become
 * core::panicking::panic_bounds_check; anything else is copied as is.
 * Returns @buf.
 */
const char *demangle(const char *sym, char *buf, size_t size);

#endif
