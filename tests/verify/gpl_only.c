// Rejected: a GPL-only helper in a program under a proprietary licence.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("tracepoint/syscalls/sys_enter_getpid")
int gpl_only(void *ctx)
{
	char head[16];

	bpf_probe_read_kernel(head, sizeof(head), ctx); /* rejected here */
	return head[0];
}

char LICENSE[] SEC("license") = "Proprietary";
