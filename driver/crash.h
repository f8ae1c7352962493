/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_CRASH_H
#define IRBPF_CRASH_H

/*
 * LLVM's readers and passes are not hardened against every malformed
 * module: a crash inside them becomes one irbpf error line and exit 1
 * instead of a core dump. What was running is recorded as the pipeline
 * goes, for the message.
 */
void crash_install(void);

/* The file being read (NULL when none) and the stage running. */
void crash_enter_file(const char *file);
void crash_enter_stage(const char *stage);

/* Where the message goes: stderr, or its saved copy while it is captured. */
void crash_report_to(int fd);

#endif
