/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_VERIFY_STACK_H
#define IRBPF_VERIFY_STACK_H

#include "loader.h"

/* The call that took the stack over its limit, for "combined stack
 * size ... Too large"; -1 when it cannot be told. */
int verify_stack_call_site(const struct irbpf_prog_check *check);

#endif
