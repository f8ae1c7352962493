// hello_tp: says hello on every execve on the host and counts them.
// Build: clang -target bpf -g -O2 -emit-llvm, then irbpf; run with
// irbpf-agent hello_tp.o (the trace lines and the count appear there).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

/* The record of the syscalls/sys_enter_execve tracepoint, as described by
 * /sys/kernel/tracing/events/syscalls/sys_enter_execve/format. */
struct sys_enter_execve {
	__u64 common;		/* common_type, flags, preempt count, pid */
	__s32 syscall_nr;
	__u32 pad;
	const char *filename;
	const char *const *argv;
	const char *const *envp;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} exec_count SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_execve")
int hello_execve(struct sys_enter_execve *ctx)
{
	char path[128];
	__u32 key = 0;
	__u64 *count;

	count = bpf_map_lookup_elem(&exec_count, &key);
	if (count)
		__sync_fetch_and_add(count, 1);
	if (bpf_probe_read_user_str(path, sizeof(path), ctx->filename) < 0)
		path[0] = '\0';
	bpf_printk("hello from irbpf: execve %s", path);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
