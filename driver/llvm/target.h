/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_TARGET_H
#define IRBPF_TARGET_H

#include <llvm-c/TargetMachine.h>


#define IRBPF_TRIPLE "bpfel"

/* Registers the BPF target and the backend options irbpf always uses. */
void target_init(void);

/* Creates the BPF target machine for -mcpu=@cpu ("v1".."v4") at -O@opt_level,
 * or reports and returns NULL. */
LLVMTargetMachineRef target_machine_create(const char *cpu, unsigned opt_level);

/* Options passed to the backend (they depend on the running LLVM's
 * release), for printing the equivalent llc line. */
void target_backend_flags(char *buf, size_t size);

#endif
