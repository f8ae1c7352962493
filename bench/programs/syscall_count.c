// SPDX-License-Identifier: GPL-2.0
// Per-cgroup syscall counter on the raw sys_enter tracepoint: counts each
// (cgroup, syscall number) pair in a per-CPU hash, optionally only for one
// process, and keeps a per-CPU total of every syscall seen.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

struct sc_key {
	__u64 cgroup_id;
	__u32 nr;
	__u32 pad;
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_HASH);
	__uint(max_entries, 16384);
	__type(key, struct sc_key);
	__type(value, __u64);
} counts SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} total SEC(".maps");

const volatile __u32 only_tgid = 0;
const volatile __u32 max_nr = 512;

SEC("raw_tp/sys_enter")
int count_syscalls(struct bpf_raw_tracepoint_args *ctx)
{
	struct sc_key key = {};
	__u32 zero = 0;
	__u64 one = 1, *v;
	long nr = (long)ctx->args[1];

	if (only_tgid && (bpf_get_current_pid_tgid() >> 32) != only_tgid)
		return 0;
	v = bpf_map_lookup_elem(&total, &zero);
	if (v)
		*v += 1;
	if (nr < 0 || nr >= max_nr)
		return 0;
	key.cgroup_id = bpf_get_current_cgroup_id();
	key.nr = (__u32)nr;
	v = bpf_map_lookup_elem(&counts, &key);
	if (v)
		*v += 1;
	else
		bpf_map_update_elem(&counts, &key, &one, BPF_NOEXIST);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
