/* SPDX-License-Identifier: MIT */
#ifndef CARGO_IRBPF_REPORT_H
#define CARGO_IRBPF_REPORT_H

/* One line on stderr: "cargo-irbpf: error: ...". */
void report_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void report_warning(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
