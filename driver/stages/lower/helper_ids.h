/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_HELPER_IDS_H
#define IRBPF_HELPER_IDS_H

#include <stdbool.h>

#include <llvm-c/Core.h>

/* The helper number a call goes to, or 0 when it is not a helper call. */
unsigned long long helper_call_id(LLVMValueRef call);

/* Helper @id's name in <linux/bpf.h>, or NULL when the kernel has none;
 * helper_count() is one more than the highest number it knows. */
const char *helper_name(unsigned long long id);
unsigned long long helper_count(void);

/* Whether the kernel lets only GPL-compatible programs call helper @id. */
bool helper_gpl_only(unsigned long long id);

#endif
