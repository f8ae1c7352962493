// Sends 8-byte records to a ring buffer on every uname(). Two structs of
// that size are in the BTF, so irbpf-agent cannot tell which one a record
// is: it prints hex bytes unless told with --event-type.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct tagged {
	__u32 pid;
	__u32 tag;
};

struct pair {
	__u32 first;
	__u32 second;
};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 64 * 1024);
} raw SEC(".maps");

const struct tagged *unused_tagged __attribute__((unused));
const struct pair *unused_pair __attribute__((unused));

SEC("tracepoint/syscalls/sys_enter_newuname")
int on_uname(void *ctx)
{
	struct tagged t = { .pid = bpf_get_current_pid_tgid() >> 32, .tag = 0xc0ffee };

	bpf_ringbuf_output(&raw, &t, sizeof(t), 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
