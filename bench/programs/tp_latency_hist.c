// SPDX-License-Identifier: GPL-2.0
// Scheduler run-queue latency: sched_wakeup records when a task became
// runnable (hash map by pid), sched_switch measures how long it waited
// until it ran and adds the time to a log2 histogram of microseconds.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

#define MAX_SLOTS 26

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 10240);
	__type(key, __u32);
	__type(value, __u64);
} wakeup_ts SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, MAX_SLOTS);
	__type(key, __u32);
	__type(value, __u64);
} hist SEC(".maps");

const volatile __u32 target_tgid = 0;	/* 0: every task */

static __always_inline __u32 log2_u64(__u64 v)
{
	__u32 r = 0, shift;

	shift = (v > 0xffffffff) << 5; v >>= shift; r |= shift;
	shift = (v > 0xffff) << 4; v >>= shift; r |= shift;
	shift = (v > 0xff) << 3; v >>= shift; r |= shift;
	shift = (v > 0xf) << 2; v >>= shift; r |= shift;
	shift = (v > 0x3) << 1; v >>= shift; r |= shift;
	r |= (v >> 1);
	return r;
}

static __always_inline int record_wakeup(__u32 pid)
{
	__u64 ts = bpf_ktime_get_ns();

	if (!pid)
		return 0;
	bpf_map_update_elem(&wakeup_ts, &pid, &ts, BPF_ANY);
	return 0;
}

SEC("tp/sched/sched_wakeup")
int handle_wakeup(struct trace_event_raw_sched_wakeup_template *ctx)
{
	if (target_tgid && (bpf_get_current_pid_tgid() >> 32) != target_tgid)
		return 0;
	return record_wakeup(ctx->pid);
}

SEC("tp/sched/sched_wakeup_new")
int handle_wakeup_new(struct trace_event_raw_sched_wakeup_template *ctx)
{
	return record_wakeup(ctx->pid);
}

SEC("tp/sched/sched_switch")
int handle_switch(struct trace_event_raw_sched_switch *ctx)
{
	__u32 pid = ctx->next_pid, slot;
	__u64 *start, delta_us, *bucket;

	/* A preempted task that stays runnable waits again from now. */
	if (ctx->prev_state == 0)
		record_wakeup(ctx->prev_pid);
	start = bpf_map_lookup_elem(&wakeup_ts, &pid);
	if (!start)
		return 0;
	delta_us = (bpf_ktime_get_ns() - *start) / 1000;
	bpf_map_delete_elem(&wakeup_ts, &pid);
	slot = log2_u64(delta_us);
	if (slot >= MAX_SLOTS)
		slot = MAX_SLOTS - 1;
	bucket = bpf_map_lookup_elem(&hist, &slot);
	if (bucket)
		__sync_fetch_and_add(bucket, 1);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
