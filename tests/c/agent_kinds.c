// One program per attach kind irbpf-agent handles by section, to check
// what it attaches and what it reports it cannot.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, __u64);
} echo_count SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} raw_tp_hits SEC(".maps");

/* bash's `echo` builtin, called in the test's own process */
SEC("uprobe//bin/bash:echo_builtin")
int on_echo(void *ctx)
{
	__u32 tgid = bpf_get_current_pid_tgid() >> 32;
	__u64 one = 1, *count;

	count = bpf_map_lookup_elem(&echo_count, &tgid);
	if (count)
		__sync_fetch_and_add(count, 1);
	else
		bpf_map_update_elem(&echo_count, &tgid, &one, BPF_NOEXIST);
	return 0;
}

SEC("raw_tracepoint/sys_enter")
int on_sys_enter(void *ctx)
{
	__u32 key = 0;
	__u64 *hits = bpf_map_lookup_elem(&raw_tp_hits, &key);

	if (hits)
		*hits += 1;
	return 0;
}

SEC("kprobe/do_unlinkat")
int on_unlink(void *ctx)
{
	return 0;
}

SEC("kretprobe/do_unlinkat")
int on_unlink_ret(void *ctx)
{
	return 0;
}

SEC("uprobe")
int no_binary(void *ctx)
{
	return 0;
}

SEC("xdp")
int pass_xdp(struct xdp_md *ctx)
{
	return XDP_PASS;
}

SEC("socket")
int accept_all(struct __sk_buff *skb)
{
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
