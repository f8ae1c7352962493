// Counts kill(pid, 0) calls per calling process, so that a test can
// trigger a known number of events from its own pid (the shell builtin
// `kill -0` makes the syscall itself, without forking) and find exactly
// that count under its own key, whatever else runs on the machine.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

/* syscalls/sys_enter_kill: see its format file in tracefs */
struct sys_enter_kill {
	__u64 common;
	__s32 syscall_nr;
	__u32 pad;
	__u64 pid;
	__u64 sig;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, __u64);
} kill0_count SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_kill")
int count_kill0(struct sys_enter_kill *ctx)
{
	__u32 tgid = bpf_get_current_pid_tgid() >> 32;
	__u64 one = 1, *count;

	if (ctx->sig != 0)
		return 0;
	count = bpf_map_lookup_elem(&kill0_count, &tgid);
	if (count)
		__sync_fetch_and_add(count, 1);
	else
		bpf_map_update_elem(&kill0_count, &tgid, &one, BPF_NOEXIST);
	bpf_printk("agent_kill: kill -0 from %u", tgid);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
