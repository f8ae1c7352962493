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

/* The helper number a call goes to, or 0 when it is not a helper call. */
unsigned long long helper_call_id(LLVMValueRef call);

/* Helper @id's name in <linux/bpf.h>, or NULL when the kernel has none;
 * helper_count() is one more than the highest number it knows. */
const char *helper_name(unsigned long long id);
unsigned long long helper_count(void);

#endif
