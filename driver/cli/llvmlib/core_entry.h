/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_CORE_ENTRY_H
#define IRBPF_CORE_ENTRY_H

/*
 * irbpf-core.so: irbpf's compile mode with no LLVM linked, loaded by
 * irbpf-llvm-run after the libLLVM that resolves its LLVM-C calls.
 */
#define IRBPF_CORE_FILE "irbpf-core.so"
#define IRBPF_CORE_ENTRY "irbpf_core_main"

/* Compiles as `irbpf ARGV...` does, with the libLLVM @lib loaded; @exe is
 * the irbpf executable, whose installed tree holds the runtime. Returns
 * the exit code. */
typedef int (*irbpf_core_main_fn)(int argc, char **argv, const char *exe, const char *lib);
int irbpf_core_main(int argc, char **argv, const char *exe, const char *lib);

#endif
