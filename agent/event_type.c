// SPDX-License-Identifier: MIT
/* Which BTF type describes the records of a ring buffer or perf buffer. */
#include "event_type.h"

#include <string.h>

#include <bpf/btf.h>

static const char *const kernel_prefixes[] = {
	"bpf_", "__", "trace_event_raw_", "pt_regs", "xdp_md",
};

uint32_t event_type_named(const struct btf *btf, const char *name)
{
	int id;

	if (!btf)
		return 0;
	if (!strncmp(name, "struct ", 7))
		id = btf__find_by_name_kind(btf, name + 7, BTF_KIND_STRUCT);
	else if (!strncmp(name, "union ", 6))
		id = btf__find_by_name_kind(btf, name + 6, BTF_KIND_UNION);
	else
		id = btf__find_by_name(btf, name);
	return id > 0 ? (uint32_t)id : 0;
}

bool event_type_holds(size_t type_size, size_t size, bool perf)
{
	if (!perf)
		return type_size == size;
	/* the kernel pads a raw sample so that its u32 length and data end
	 * on 8 bytes */
	return type_size <= size && ((type_size + 4 + 7) & ~(size_t)7) - 4 == size;
}

static bool is_kernel_name(const char *name)
{
	for (size_t i = 0; i < sizeof(kernel_prefixes) / sizeof(kernel_prefixes[0]); i++)
		if (!strncmp(name, kernel_prefixes[i], strlen(kernel_prefixes[i])))
			return true;
	return false;
}

/* Whether @id is what a parameter of a function (a program) points to. */
static bool is_context_type(const struct btf *btf, uint32_t id)
{
	uint32_t n = btf__type_cnt(btf);

	for (uint32_t i = 1; i < n; i++) {
		const struct btf_type *f = btf__type_by_id(btf, i);
		const struct btf_type *proto;
		const struct btf_param *param;

		if (!btf_is_func(f) || !(proto = btf__type_by_id(btf, f->type)) ||
		    !btf_is_func_proto(proto))
			continue;
		param = btf_params(proto);
		for (unsigned k = 0; k < btf_vlen(proto); k++, param++) {
			const struct btf_type *ptr = btf__type_by_id(btf, param->type);

			while (ptr && (btf_is_mod(ptr) || btf_is_typedef(ptr)))
				ptr = btf__type_by_id(btf, ptr->type);
			if (ptr && btf_is_ptr(ptr) && btf__resolve_type(btf, ptr->type) == (int)id)
				return true;
		}
	}
	return false;
}

static bool is_candidate(const struct btf *btf, uint32_t id, size_t size, bool perf)
{
	const struct btf_type *t = btf__type_by_id(btf, id);
	const char *name;

	if (!btf_is_composite(t) || !event_type_holds(t->size, size, perf))
		return false;
	name = btf__name_by_offset(btf, t->name_off);
	return name && *name && !is_kernel_name(name) && !is_context_type(btf, id);
}

uint32_t event_type_infer(const struct btf *btf, size_t size, bool perf)
{
	uint32_t found = 0;
	uint32_t n;

	if (!btf)
		return 0;
	n = btf__type_cnt(btf);
	for (uint32_t id = 1; id < n; id++) {
		if (!is_candidate(btf, id, size, perf))
			continue;
		if (found)
			return 0;
		found = id;
	}
	return found;
}
