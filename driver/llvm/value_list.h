/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_VALUE_LIST_H
#define IRBPF_VALUE_LIST_H

#include <stdbool.h>
#include <stddef.h>

#include <llvm-c/Core.h>

/* A growable list of values (functions, calls); zero-initialise it. */
struct value_list {
	LLVMValueRef *items;
	size_t n, cap;
};

/* Appends @v; -1 when out of memory. */
int value_list_add(struct value_list *list, LLVMValueRef v);

bool value_list_has(const struct value_list *list, LLVMValueRef v);

void value_list_free(struct value_list *list);

#endif
