// SPDX-License-Identifier: MIT
/*
 * Object bytes → the opening path of "irbpf verify" and irbpf-agent:
 * irbpf_object_validate() and libbpf's bpf_object__open_mem(), and the
 * map sizing of a verification load. Nothing is loaded into the kernel.
 */
#include <stdint.h>
#include <stdio.h>

#include <bpf/libbpf.h>

#include "loader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct irbpf_source src = { .path = "fuzz.o", .data = data, .size = size };
	struct bpf_object *obj;
	struct bpf_program *prog;
	struct bpf_map *map;

	irbpf_loader_libbpf_messages(false);
	obj = irbpf_object_open(&src);
	if (!obj)
		return 0;
	/* What the loaders read back before they load. */
	bpf_object__for_each_program(prog, obj) {
		bpf_program__name(prog);
		bpf_program__section_name(prog);
		bpf_program__insn_cnt(prog);
	}
	bpf_object__for_each_map(map, obj)
		bpf_map__name(map);
	irbpf_object_size_maps_for_verify(obj);
	bpf_object__close(obj);
	return 0;
}
