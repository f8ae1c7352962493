// SPDX-License-Identifier: MIT
/*
 * Attaching by section. Tracing sections (tracepoint, raw_tracepoint,
 * kprobe, uprobe, fentry, ...) name their attach point, so libbpf's
 * auto-attach does the work; network programs need --iface or --socket.
 * Every failure is turned into a reason a user can act on.
 */
#include "attach.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "pin.h"

static bool has_prefix(const char *s, const char *prefix)
{
	return !strncmp(s, prefix, strlen(prefix));
}

static bool any_prefix(const char *sec, const char *const *prefixes)
{
	for (; *prefixes; prefixes++)
		if (has_prefix(sec, *prefixes))
			return true;
	return false;
}

static bool is_kprobe(const char *sec)
{
	static const char *const p[] = { "kprobe", "kretprobe", "ksyscall", "kretsyscall", NULL };

	return any_prefix(sec, p);
}

static bool is_uprobe(const char *sec)
{
	static const char *const p[] = { "uprobe", "uretprobe", "usdt", NULL };

	return any_prefix(sec, p);
}

static bool is_tracepoint(const char *sec)
{
	return has_prefix(sec, "tracepoint") || has_prefix(sec, "tp/") || !strcmp(sec, "tp");
}

/* A kprobe needs the kprobe PMU or, on older kernels, kprobe_events. */
static bool kernel_has_kprobes(void)
{
	return !access("/sys/bus/event_source/devices/kprobe/type", F_OK) ||
	       !access("/sys/kernel/tracing/kprobe_events", F_OK) ||
	       !access("/sys/kernel/debug/tracing/kprobe_events", F_OK);
}

static void explain_kprobe(struct attachment *a, int err)
{
	if (!kernel_has_kprobes())
		snprintf(a->reason, sizeof(a->reason),
			 "the kernel cannot attach kprobes (no kprobe PMU or kprobe_events: "
			 "built without CONFIG_KPROBES); the program loaded but stays detached");
	else if (err == EOPNOTSUPP)
		snprintf(a->reason, sizeof(a->reason),
			 "section names no function (use kprobe/FUNCTION)");
	else
		snprintf(a->reason, sizeof(a->reason), "kprobe attach failed: %s%s",
			 strerror(err), err == ENOENT ? " (no such kernel function?)" : "");
}

static void explain_failure(struct attachment *a, const char *sec, int err)
{
	enum bpf_prog_type type = bpf_program__type(a->prog);
	const char *type_name = libbpf_bpf_prog_type_str(type);

	if (is_kprobe(sec))
		explain_kprobe(a, err);
	else if (is_uprobe(sec) && err == EOPNOTSUPP)
		snprintf(a->reason, sizeof(a->reason),
			 "section names no binary (use uprobe/PATH:FUNCTION)");
	else if (is_tracepoint(sec) && err == EOPNOTSUPP)
		snprintf(a->reason, sizeof(a->reason),
			 "section names no tracepoint (use tracepoint/CATEGORY/NAME)");
	else if (is_tracepoint(sec) && err == ENOENT)
		snprintf(a->reason, sizeof(a->reason), "no such tracepoint in this kernel");
	else if (err == EOPNOTSUPP)
		snprintf(a->reason, sizeof(a->reason),
			 "%s programs have no attach point irbpf-agent can derive from the section",
			 type_name ? type_name : "these");
	else
		snprintf(a->reason, sizeof(a->reason), "attach failed: %s", strerror(err));
}

static void attach_by_section(struct attachment *a)
{
	const char *sec = bpf_program__section_name(a->prog);
	struct bpf_link *link = bpf_program__attach(a->prog);

	if (!link) {
		explain_failure(a, sec, errno);
		return;
	}
	a->link = link;
	a->attached = true;
	snprintf(a->target, sizeof(a->target), "%s", sec);
}

static void pin(struct attachment *a, const char *dir)
{
	int err = pin_link(a->link, dir, bpf_program__name(a->prog), a->pin_path,
			   sizeof(a->pin_path));

	if (err) {
		snprintf(a->reason, sizeof(a->reason), "attached, but pinning at %.200s failed: %s",
			 a->pin_path, strerror(-err));
		a->pin_path[0] = '\0';
	}
}

void attach_program(struct attachment *a, struct bpf_program *prog,
		    const struct agent_options *opts)
{
	memset(a, 0, sizeof(*a));
	a->prog = prog;
	a->sock_fd = -1;
	if (!bpf_program__autoload(prog)) {
		snprintf(a->reason, sizeof(a->reason), "not loaded (autoload is off)");
		return;
	}
	switch (bpf_program__type(prog)) {
	case BPF_PROG_TYPE_XDP:
		attach_xdp(a, opts);
		break;
	case BPF_PROG_TYPE_SCHED_CLS:
		attach_tc(a, opts);
		break;
	case BPF_PROG_TYPE_SOCKET_FILTER:
		attach_socket(a, opts);
		break;
	default:
		attach_by_section(a);
		break;
	}
	if (a->link && opts->pin_dir)
		pin(a, opts->pin_dir);
}

void attach_detach(struct attachment *a)
{
	bpf_link__destroy(a->link);
	a->link = NULL;
	if (a->tc_attached)
		detach_tc(a);
	if (a->sock_fd >= 0)
		close(a->sock_fd);
	a->sock_fd = -1;
}
