/* SPDX-License-Identifier: MIT */
#ifndef IRBPF_DISTANCE_H
#define IRBPF_DISTANCE_H

#include <stddef.h>

/* Longest name name_distance() compares; longer ones are far from all. */
#define NAME_DISTANCE_MAX 256

/*
 * Edit distance between @a (@la bytes) and @b (@lb bytes), ignoring case,
 * with adjacent swaps costing one (optimal string alignment): how far a
 * misspelt name is from a real one.
 */
unsigned name_distance(const char *a, size_t la, const char *b, size_t lb);

#endif
