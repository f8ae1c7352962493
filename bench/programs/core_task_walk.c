// SPDX-License-Identifier: GPL-2.0
// CO-RE walk of task_struct: on fork, follows real_parent up to the init
// task (bounded depth), records the ancestry's pids and comms, the pid
// namespace level, the mm's total VM size and whether the task is a
// kernel thread, all through CO-RE relocations against vmlinux.h.
#include "vmlinux.h"
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_helpers.h>

#define MAX_DEPTH 8

struct ancestry {
	__u32 depth;
	__u32 pidns_level;
	__u64 total_vm_pages;
	__u32 kthread;
	__u32 pids[MAX_DEPTH];
	char comms[MAX_DEPTH][16];
};

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 4096);
	__type(key, __u32);
	__type(value, struct ancestry);
} ancestry_by_pid SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct ancestry);
} scratch SEC(".maps");

static __always_inline void walk_parents(struct task_struct *task, struct ancestry *a)
{
	a->depth = 0;
#pragma unroll
	for (int i = 0; i < MAX_DEPTH; i++) {
		struct task_struct *parent = BPF_CORE_READ(task, real_parent);

		a->pids[i] = BPF_CORE_READ(task, tgid);
		BPF_CORE_READ_STR_INTO(&a->comms[i], task, comm);
		a->depth = i + 1;
		if (!parent || parent == task || a->pids[i] <= 1)
			break;
		task = parent;
	}
}

SEC("tp/sched/sched_process_fork")
int handle_fork(void *ctx)
{
	struct task_struct *task = (struct task_struct *)bpf_get_current_task();
	struct mm_struct *mm = BPF_CORE_READ(task, mm);
	__u32 zero = 0, pid;
	struct ancestry *a;

	a = bpf_map_lookup_elem(&scratch, &zero);
	if (!a)
		return 0;
	walk_parents(task, a);
	a->pidns_level = BPF_CORE_READ(task, nsproxy, pid_ns_for_children, level);
	a->kthread = mm == NULL;
	a->total_vm_pages = mm ? BPF_CORE_READ(mm, total_vm) : 0;
	if (bpf_core_field_exists(task->flags) && (BPF_CORE_READ(task, flags) & 0x00200000))
		a->kthread = 1;	/* PF_KTHREAD */
	pid = BPF_CORE_READ(task, tgid);
	bpf_map_update_elem(&ancestry_by_pid, &pid, a, BPF_ANY);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
