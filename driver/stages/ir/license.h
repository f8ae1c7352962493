/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_LICENSE_H
#define IRBPF_LICENSE_H

#include <stdint.h>

#include <llvm-c/Core.h>
#include <llvm-c/Target.h>

/* --kversion: "MAJOR.MINOR[.PATCH]" as KERNEL_VERSION(), or a number. */
int license_parse_kversion(const char *arg, uint32_t *out);

/* The kernel's list (license_is_gpl_compatible() in include/linux/license.h). */
int license_is_gpl_compatible(const char *license);

/* The licence string the program declares (free() it), or NULL. */
char *license_of_module(LLVMModuleRef mod, LLVMTargetDataRef td);

#endif
