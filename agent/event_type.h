/* SPDX-License-Identifier: MIT */
#ifndef AGENT_EVENT_TYPE_H
#define AGENT_EVENT_TYPE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct btf;

/*
 * The record type of a ring buffer or perf event array. Their maps carry
 * no value type, so the type is either named (--event-type MAP=TYPE) or
 * inferred from a record's size: the one named struct or union of the
 * object's BTF that a record of that size holds, leaving out program
 * context types (what a program's argument points to) and kernel types
 * (bpf_*, __*, trace_event_raw_*, pt_regs, xdp_md). A type gets into the
 * BTF only when something refers to it; C programs keep their event type
 * with a global such as `const struct event *unused;`.
 */

/* The type @name ("T", "struct T" or "union T") of @btf, or 0. */
uint32_t event_type_named(const struct btf *btf, const char *name);

/* Whether a type of @type_size bytes is what a record of @size bytes
 * holds: the same size, or for perf event records (@perf) the same up to
 * the padding that aligns the record and its 4-byte length to 8 bytes. */
bool event_type_holds(size_t type_size, size_t size, bool perf);

/* The one type that a record of @size bytes holds, or 0 when none or
 * more than one does. */
uint32_t event_type_infer(const struct btf *btf, size_t size, bool perf);

#endif
