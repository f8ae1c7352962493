// SPDX-License-Identifier: MIT
/*
 * Build-time generator of the helper table the licence check uses: helper
 * names by number from <linux/bpf.h>'s __BPF_FUNC_MAPPER, and whether each
 * is GPL-only. That is asked of the running kernel where bpf() is allowed
 * (load "call N" under a non-GPL licence and read the verifier's answer);
 * helpers the kernel cannot tell about come from the fact table below.
 *
 *   license_gen [--no-probe] > license_gpl_table.h
 */
#include <stdio.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <linux/bpf.h>

#ifdef ___BPF_FUNC_MAPPER	/* Linux 6.1+ headers: FN(name, id) */
#define NAME_OF(name, id, ...) [id] = "bpf_" #name,
static const char *const helper_names[] = { ___BPF_FUNC_MAPPER(NAME_OF) };
#else				/* older: FN(name), in id order */
#define NAME_OF(name) "bpf_" #name
static const char *const helper_names[] = { __BPF_FUNC_MAPPER(NAME_OF) };
#endif
#define N_HELPERS (sizeof(helper_names) / sizeof(helper_names[0]))

/* Helpers whose kernel prototype has .gpl_only = true (Linux 6.x, as
 * probed on 6.18). */
static const char *const gpl_only_facts[] = {
	"bpf_probe_read", "bpf_trace_printk", "bpf_perf_event_read",
	"bpf_perf_event_output", "bpf_get_stackid", "bpf_get_current_task",
	"bpf_probe_write_user", "bpf_probe_read_str", "bpf_perf_event_read_value",
	"bpf_perf_prog_read_value", "bpf_override_return", "bpf_get_stack",
	"bpf_skb_output", "bpf_probe_read_user", "bpf_probe_read_kernel",
	"bpf_probe_read_user_str", "bpf_probe_read_kernel_str", "bpf_read_branch_records",
	"bpf_xdp_output", "bpf_seq_printf", "bpf_seq_write", "bpf_fib_lookup",
	"bpf_tcp_check_syncookie", "bpf_tcp_gen_syncookie", "bpf_check_mtu",
	"bpf_seq_printf_btf", "bpf_get_current_task_btf", "bpf_snprintf",
	"bpf_timer_init", "bpf_timer_set_callback", "bpf_timer_start", "bpf_timer_cancel",
	"bpf_get_func_ip", "bpf_task_pt_regs", "bpf_get_branch_snapshot",
	"bpf_trace_vprintk", "bpf_get_func_arg", "bpf_get_func_ret",
	"bpf_get_func_arg_cnt", "bpf_copy_from_user_task",
	"bpf_tcp_raw_gen_syncookie_ipv4", "bpf_tcp_raw_gen_syncookie_ipv6",
	"bpf_tcp_raw_check_syncookie_ipv4", "bpf_tcp_raw_check_syncookie_ipv6",
};

enum answer { UNKNOWN = -1, NOT_GPL = 0, GPL_ONLY = 1 };

struct probe_type {
	enum bpf_prog_type type;
	enum bpf_attach_type attach;
	__u32 flags;
};

static const struct probe_type probe_types[] = {
	{ BPF_PROG_TYPE_SOCKET_FILTER, 0, 0 },
	{ BPF_PROG_TYPE_KPROBE, 0, 0 },
	{ BPF_PROG_TYPE_TRACEPOINT, 0, 0 },
	{ BPF_PROG_TYPE_PERF_EVENT, 0, 0 },
	{ BPF_PROG_TYPE_RAW_TRACEPOINT, 0, 0 },
	{ BPF_PROG_TYPE_XDP, 0, 0 },
	{ BPF_PROG_TYPE_SCHED_CLS, 0, 0 },
	{ BPF_PROG_TYPE_CGROUP_SKB, 0, 0 },
	{ BPF_PROG_TYPE_SOCK_OPS, 0, 0 },
	{ BPF_PROG_TYPE_SK_MSG, 0, 0 },
	{ BPF_PROG_TYPE_SK_SKB, 0, 0 },
	{ BPF_PROG_TYPE_LWT_XMIT, 0, 0 },
	{ BPF_PROG_TYPE_CGROUP_SYSCTL, 0, 0 },
	{ BPF_PROG_TYPE_CGROUP_SOCK_ADDR, BPF_CGROUP_INET4_CONNECT, 0 },
	{ BPF_PROG_TYPE_CGROUP_SOCKOPT, BPF_CGROUP_GETSOCKOPT, 0 },
	{ BPF_PROG_TYPE_SYSCALL, 0, BPF_F_SLEEPABLE },
};

static int quiet(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	(void)level;
	(void)fmt;
	(void)ap;
	return 0;
}

/* Loads "call @id; r0 = 0; exit" as @pt under a proprietary licence. */
static enum answer probe_one(const struct probe_type *pt, unsigned id)
{
	struct bpf_insn insns[] = {
		{ .code = BPF_JMP | BPF_CALL, .imm = (int)id },
		{ .code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = BPF_REG_0 },
		{ .code = BPF_JMP | BPF_EXIT },
	};
	char log[4096] = "";
	LIBBPF_OPTS(bpf_prog_load_opts, opts, .log_buf = log, .log_size = sizeof(log),
		    .log_level = 1, .expected_attach_type = pt->attach,
		    .prog_flags = pt->flags);
	int fd = bpf_prog_load(pt->type, NULL, "Proprietary", insns, 3, &opts);

	if (fd >= 0) {
		close(fd);
		return NOT_GPL;
	}
	if (strstr(log, "GPL-restricted"))
		return GPL_ONLY;
	if (!log[0] || strstr(log, "cannot use helper") || strstr(log, "unknown func") ||
	    strstr(log, "invalid func"))
		return UNKNOWN;
	return NOT_GPL;		/* past the licence check, failed on arguments */
}

static enum answer probe_helper(unsigned id)
{
	for (size_t i = 0; i < sizeof(probe_types) / sizeof(probe_types[0]); i++) {
		enum answer a = probe_one(&probe_types[i], id);

		if (a != UNKNOWN)
			return a;
	}
	return UNKNOWN;
}

static int in_facts(const char *name)
{
	for (size_t i = 0; i < sizeof(gpl_only_facts) / sizeof(gpl_only_facts[0]); i++)
		if (!strcmp(name, gpl_only_facts[i]))
			return 1;
	return 0;
}

static int can_probe(void)
{
	return libbpf_probe_bpf_prog_type(BPF_PROG_TYPE_SOCKET_FILTER, NULL) == 1;
}

int main(int argc, char **argv)
{
	int probe = !(argc > 1 && !strcmp(argv[1], "--no-probe"));
	unsigned char gpl[N_HELPERS];
	unsigned probed = 0;
	struct utsname uts;

	libbpf_set_print(quiet);
	probe = probe && can_probe();
	for (unsigned id = 1; id < N_HELPERS; id++) {
		enum answer a = probe ? probe_helper(id) : UNKNOWN;

		if (a != UNKNOWN)
			probed++;
		gpl[id] = a == UNKNOWN ? (unsigned char)in_facts(helper_names[id])
				       : (unsigned char)(a == GPL_ONLY);
	}
	if (uname(&uts))
		strcpy(uts.release, "?");
	printf("/* Generated by license_gen: %u of %zu helpers probed on Linux %s, "
	       "the others from its fact table. */\n", probed, N_HELPERS - 1,
	       probe ? uts.release : "(no probe)");
	puts("static const struct helper_info {\n\tconst char *name;\n\tunsigned char gpl_only;\n"
	     "} helper_table[] = {");
	printf("\t{ \"%s\", 0 },\n", helper_names[0]);
	for (unsigned id = 1; id < N_HELPERS; id++)
		printf("\t{ \"%s\", %u },\n", helper_names[id], gpl[id]);
	puts("};");
	return 0;
}
