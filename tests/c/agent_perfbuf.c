// Sends a record through a perf event array on every getpgid(), with a
// per-process call count (see agent_ringbuf.c).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct event {
	__u32 pid;
	__u32 calls;
	char comm[16];
};

struct {
	__uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, sizeof(__u32));
} perf_events SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 4096);
	__type(key, __u32);
	__type(value, __u32);
} calls SEC(".maps");

const struct event *unused __attribute__((unused));

SEC("tracepoint/syscalls/sys_enter_getpgid")
int on_getpgid(void *ctx)
{
	struct event e = { .pid = bpf_get_current_pid_tgid() >> 32 };
	__u32 one = 1, *n;

	n = bpf_map_lookup_elem(&calls, &e.pid);
	if (n)
		e.calls = ++*n;
	else
		e.calls = bpf_map_update_elem(&calls, &e.pid, &one, BPF_NOEXIST) ? 0 : 1;
	bpf_get_current_comm(e.comm, sizeof(e.comm));
	bpf_perf_event_output(ctx, &perf_events, BPF_F_CURRENT_CPU, &e, sizeof(e));
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
