// SPDX-License-Identifier: MIT
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "cli/heap.h"

#define HUGE_PAGE	(2UL << 20)
/* Enough for the largest CO-RE programs measured (under 40 MiB resident). */
#define HEAP_AHEAD	(64UL << 20)
/* glibc's upper bound for the mmap threshold on 64-bit. */
#define MMAP_ABOVE	(32UL << 20)

static uintptr_t align_down(uintptr_t p)
{
	return p & ~(HUGE_PAGE - 1);
}

void *heap_prepare(void)
{
	uintptr_t first, boundary, end;
	void *block;

	if (!mallopt(M_MMAP_THRESHOLD, MMAP_ABOVE) || !mallopt(M_TOP_PAD, HEAP_AHEAD) ||
	    !mallopt(M_TRIM_THRESHOLD, 2 * HEAP_AHEAD))
		return NULL;
	/* More than the heap has left: it grows now, by HEAP_AHEAD more. */
	block = malloc(HUGE_PAGE);
	if (!block)
		return NULL;
	/*
	 * malloc wrote the header of the heap's free rest just past the block,
	 * so the huge page around it is already made of small pages: begin
	 * at the next.
	 */
	first = (uintptr_t)block;
	boundary = align_down(first + HUGE_PAGE) + HUGE_PAGE;
	end = align_down((uintptr_t)sbrk(0));
	free(block);
	if (end <= boundary || madvise((void *)boundary, end - boundary, MADV_HUGEPAGE))
		return NULL;
	/*
	 * The freed block went back to the top of the heap; taking its start
	 * up to the boundary again leaves only huge pages for what follows.
	 */
	return malloc(boundary - first + 1);
}

void heap_release(void *filler)
{
	free(filler);
}
