// SPDX-License-Identifier: MIT
/* What to change, for the verifier messages developers meet most. */
#include "verify/verify.h"

#include <string.h>

struct hint {
	const char *const match[3];	/* any of these in the message */
	const char *text;
	const char *rust;		/* the same for Rust, if it differs */
};

static const struct hint hints[] = {
	{ { "_or_null'", "_or_null ", NULL },
	  "the pointer may be NULL (bpf_map_lookup_elem() returns NULL for a missing key): "
	  "test it, 'if (!p) return ...;', before using it",
	  "the pointer may be null (a map lookup gives null for a missing key): test it, "
	  "'if p.is_null() { return ...; }', or take an Option and match it, before using it" },
	{ { "infinite loop detected", "back-edge from insn", "unbounded loop" },
	  "the verifier cannot see this loop end: give it a constant bound "
	  "('for (i = 0; i < MAX && ...; i++)') or use bpf_loop()",
	  "the verifier cannot see this loop end: give it a constant bound "
	  "('for i in 0..MAX') or use bpf_loop()" },
	{ { "invalid access to packet", "outside of the packet", "math between pkt pointer" },
	  "check the access against the end of the packet first: "
	  "'if (data + offset + size > data_end) return ...;'",
	  "check the access against the end of the packet first, comparing pointers: "
	  "'if start.wrapping_add(offset + size) > end { return ...; }' (a compare of "
	  "usize values may be narrowed to 32 bits, which the verifier cannot use)" },
	{ { "combined stack size", "stack limit", "stack frames exceeded" },
	  "BPF programs have 512 bytes of stack, summed over the call chain: move large "
	  "buffers into a BPF_MAP_TYPE_PERCPU_ARRAY entry", NULL },
	{ { "cannot use helper", "unknown func", NULL },
	  "this helper is not available to this program type: use one the type allows, or "
	  "move the code to a program (section) type that has it", NULL },
	{ { "GPL-restricted", "GPL-compatible", NULL },
	  "this helper is GPL-only: declare a GPL-compatible licence, "
	  "'char LICENSE[] SEC(\"license\") = \"GPL\";'",
	  "this helper is GPL-only: declare a GPL-compatible licence, '#[no_mangle] "
	  "#[link_section = \"license\"] pub static LICENSE: [u8; 4] = *b\"GPL\\0\";'" },
	{ { "program is too large", "too complex", "too many states" },
	  "the verifier gave up after a million instructions: bound loops tightly, cut "
	  "branches inside them, or split the work with bpf_loop() or tail calls", NULL },
	{ { "invalid indirect read from stack", "invalid read from stack", NULL },
	  "initialise the stack variable ('= {}' or __builtin_memset) before reading it or "
	  "passing it to a helper",
	  "initialise the stack variable ('[0u8; N]', MaybeUninit::zeroed()) before reading "
	  "it or passing it to a helper" },
	{ { "Unreleased reference", NULL, NULL },
	  "release what you acquired on every path: bpf_ringbuf_submit()/_discard() after "
	  "bpf_ringbuf_reserve(), bpf_sk_release() after bpf_sk_lookup_*()", NULL },
	{ { "unbounded memory access", "min value is negative", "max value is outside" },
	  "bound the index or size before the access: 'if (i >= N) return ...;' or "
	  "'i &= N - 1'",
	  "bound the index or size before the access: 'if i >= N { return ...; }' or "
	  "'i & (N - 1)'" },
	{ { "failed to resolve CO-RE relocation", NULL, NULL },
	  "the running kernel has no such field or type: guard the access with "
	  "bpf_core_field_exists() or bpf_core_type_exists()", NULL },
	{ { "BTF", "btf", "func_info" },
	  "the object's BTF does not describe its code: rebuild it rather than editing it, "
	  "with -g for every input",
	  "the object's BTF does not describe its code: rebuild it with cargo irbpf rather "
	  "than editing it" },
};

const char *verify_hint(const char *message, bool rust)
{
	for (size_t i = 0; i < sizeof(hints) / sizeof(hints[0]); i++)
		for (size_t k = 0; k < 3 && hints[i].match[k]; k++)
			if (strstr(message, hints[i].match[k]))
				return rust && hints[i].rust ? hints[i].rust : hints[i].text;
	return NULL;
}

const char *verify_btf_hint(bool rust)
{
	return rust ? "the kernel rejects this BTF (names must be C identifiers, no "
		      "DWARF-only kinds): rebuild the object with cargo irbpf, which "
		      "sanitises debug info" :
		      "the kernel rejects this BTF (names must be C identifiers, no DWARF-only "
		      "kinds): rebuild the object with irbpf, which sanitises debug info, or "
		      "without -g";
}
