/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_HEAP_H
#define IRBPF_HEAP_H

/*
 * Sets malloc up for one short compile: allocations come from one heap
 * grown ahead in a large step, never returned early, and backed by
 * transparent huge pages where the kernel allows them (THP "madvise" or
 * "always"). A compile touches tens of megabytes once; faulting them in
 * 4 KiB at a time cost more CPU than the reading of its bitcode. Best
 * effort: nothing changes where malloc or madvise say no.
 *
 * Returns a block that keeps the heap below its first huge page out of
 * use, for heap_release() at exit; NULL when there is none.
 */
void *heap_prepare(void);
void heap_release(void *filler);

#endif
