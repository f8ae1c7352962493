// A tracepoint program whose section names come from the command line:
// -DTP_SEC="..." and -DRAW_SEC="...".
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC(TP_SEC)
int on_tracepoint(void *ctx)
{
	return 0;
}

SEC(RAW_SEC)
int on_raw_tracepoint(struct bpf_raw_tracepoint_args *ctx)
{
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
