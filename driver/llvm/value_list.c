// SPDX-License-Identifier: MIT
#include "llvm/value_list.h"

#include <stdlib.h>

int value_list_add(struct value_list *list, LLVMValueRef v)
{
	if (list->n == list->cap) {
		size_t cap = list->cap ? 2 * list->cap : 16;
		LLVMValueRef *grown = realloc(list->items, cap * sizeof(*grown));

		if (!grown)
			return -1;
		list->items = grown;
		list->cap = cap;
	}
	list->items[list->n++] = v;
	return 0;
}

bool value_list_has(const struct value_list *list, LLVMValueRef v)
{
	for (size_t i = 0; i < list->n; i++)
		if (list->items[i] == v)
			return true;
	return false;
}

void value_list_free(struct value_list *list)
{
	free(list->items);
	list->items = NULL;
	list->n = list->cap = 0;
}
