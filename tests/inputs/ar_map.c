// Archive test: a member that only declares a map. Linked only when the
// program is made of archive members alone (a map is a root then).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u64);
} extra_map SEC(".maps");
