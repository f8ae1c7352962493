// Sends a record to a ring buffer on every getppid() and counts the calls
// per process, so that a test can make a known number of calls from a
// process of its own and find exactly those records among everyone's.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct event {
	__u32 pid;
	__u32 calls;		/* this process's getppid() calls so far */
	char comm[16];
};

/* not the size of struct event, which is then the one struct of that size */
struct stats {
	__u32 calls;
	char comm[16];
};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 256 * 1024);
} events SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 4096);
	__type(key, __u32);
	__type(value, struct stats);
} per_pid SEC(".maps");

/* keeps struct event in the BTF, where irbpf-agent finds it */
const struct event *unused __attribute__((unused));

SEC("tracepoint/syscalls/sys_enter_getppid")
int on_getppid(void *ctx)
{
	__u32 pid = bpf_get_current_pid_tgid() >> 32;
	struct stats *s, fresh = {};
	struct event *e;

	s = bpf_map_lookup_elem(&per_pid, &pid);
	if (!s) {
		bpf_map_update_elem(&per_pid, &pid, &fresh, BPF_NOEXIST);
		s = bpf_map_lookup_elem(&per_pid, &pid);
		if (!s)
			return 0;
	}
	s->calls++;	/* one process calls it from one thread */
	bpf_get_current_comm(s->comm, sizeof(s->comm));
	e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (!e)
		return 0;
	e->pid = pid;
	e->calls = s->calls;
	bpf_get_current_comm(e->comm, sizeof(e->comm));
	bpf_ringbuf_submit(e, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
