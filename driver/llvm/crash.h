/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_CRASH_H
#define IRBPF_CRASH_H

/*
 * LLVM's readers and passes are not hardened against every malformed
 * module: a crash inside them becomes one irbpf error line and exit 1
 * instead of a core dump. The message names what the diagnostics state
 * (diag_current()) says was running.
 */
void crash_install(void);

#endif
