// CO-RE: reads task_struct fields with BPF_CORE_READ against vmlinux.h and
// checks them against what helpers report for the same task.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 2);
	__type(key, __u32);
	__type(value, __u64);
} seen SEC(".maps");

SEC("raw_tp/sys_enter")
int task_check(void *ctx)
{
	struct task_struct *task = (struct task_struct *)bpf_get_current_task();
	__u64 pid_tgid = bpf_get_current_pid_tgid();
	__u32 pid = BPF_CORE_READ(task, pid);
	__u32 ppid = BPF_CORE_READ(task, real_parent, tgid);
	__u32 k0 = 0, k1 = 1;
	__u64 v;

	v = pid;
	bpf_map_update_elem(&seen, &k0, &v, BPF_ANY);
	v = ppid;
	bpf_map_update_elem(&seen, &k1, &v, BPF_ANY);
	return pid == (__u32)pid_tgid && ppid != 0 ? 1 : 0;
}

char LICENSE[] SEC("license") = "GPL";
