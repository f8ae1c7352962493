// SPDX-License-Identifier: MIT
/*
 * XDP (a BPF link on --iface), tc (a filter on the clsact ingress hook of
 * --iface, through netlink: libbpf 1.1 has no tcx links) and socket
 * filters (SO_ATTACH_BPF on a raw packet socket).
 */
#include "attach.h"

#include <arpa/inet.h>
#include <errno.h>
#include <linux/if_ether.h>
#include <linux/if_packet.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static bool need_iface(struct attachment *a, const struct agent_options *opts)
{
	if (opts->ifindex)
		return true;
	snprintf(a->reason, sizeof(a->reason), "needs a network interface (--iface IF)");
	return false;
}

void attach_xdp(struct attachment *a, const struct agent_options *opts)
{
	enum bpf_attach_type type = bpf_program__expected_attach_type(a->prog);
	struct bpf_link *link;

	if (type == BPF_XDP_DEVMAP || type == BPF_XDP_CPUMAP) {
		snprintf(a->reason, sizeof(a->reason),
			 "runs from a devmap/cpumap entry, not from an interface");
		return;
	}
	if (!need_iface(a, opts))
		return;
	link = bpf_program__attach_xdp(a->prog, (int)opts->ifindex);
	if (!link) {
		int err = errno;

		snprintf(a->reason, sizeof(a->reason), "XDP attach to %s failed: %s%s",
			 opts->iface, strerror(err),
			 err == EBUSY || err == EEXIST ? " (another XDP program is attached)" : "");
		return;
	}
	a->link = link;
	a->attached = true;
	snprintf(a->target, sizeof(a->target), "xdp on %s", opts->iface);
}

void attach_tc(struct attachment *a, const struct agent_options *opts)
{
	int err;

	if (!need_iface(a, opts))
		return;
	a->tc_hook.sz = sizeof(a->tc_hook);
	a->tc_hook.ifindex = (int)opts->ifindex;
	a->tc_hook.attach_point = BPF_TC_INGRESS;
	err = bpf_tc_hook_create(&a->tc_hook);
	if (err && err != -EEXIST) {
		snprintf(a->reason, sizeof(a->reason), "cannot create the clsact qdisc on %s: %s",
			 opts->iface, strerror(-err));
		return;
	}
	a->tc_hook_created = !err;
	a->tc_opts.sz = sizeof(a->tc_opts);
	a->tc_opts.prog_fd = bpf_program__fd(a->prog);
	err = bpf_tc_attach(&a->tc_hook, &a->tc_opts);
	if (err) {
		snprintf(a->reason, sizeof(a->reason), "tc attach to %s ingress failed: %s",
			 opts->iface, strerror(-err));
		if (a->tc_hook_created)
			detach_tc(a);
		return;
	}
	a->tc_attached = true;
	a->attached = true;
	snprintf(a->target, sizeof(a->target), "tc ingress on %s (handle %u, priority %u)",
		 opts->iface, a->tc_opts.handle, a->tc_opts.priority);
}

void detach_tc(struct attachment *a)
{
	if (a->tc_attached) {
		/* bpf_tc_detach finds the filter by handle and priority only */
		a->tc_opts.prog_fd = 0;
		a->tc_opts.prog_id = 0;
		a->tc_opts.flags = 0;
		bpf_tc_detach(&a->tc_hook, &a->tc_opts);
		a->tc_attached = false;
	}
	if (a->tc_hook_created) {
		/* the qdisc is ours: remove it (ingress and egress) */
		a->tc_hook.attach_point = BPF_TC_INGRESS | BPF_TC_EGRESS;
		bpf_tc_hook_destroy(&a->tc_hook);
		a->tc_hook_created = false;
	}
}

void attach_socket(struct attachment *a, const struct agent_options *opts)
{
	struct sockaddr_ll addr = {
		.sll_family = AF_PACKET,
		.sll_protocol = htons(ETH_P_ALL),
		.sll_ifindex = (int)opts->ifindex,
	};
	int prog_fd = bpf_program__fd(a->prog);
	int fd;

	if (!opts->socket) {
		snprintf(a->reason, sizeof(a->reason),
			 "socket filter: --socket attaches it to a raw packet socket");
		return;
	}
	/* protocol 0 receives nothing until bound: no packet passes unfiltered */
	fd = socket(AF_PACKET, SOCK_RAW | SOCK_CLOEXEC, 0);
	if (fd < 0 || setsockopt(fd, SOL_SOCKET, SO_ATTACH_BPF, &prog_fd, sizeof(prog_fd)) ||
	    bind(fd, (struct sockaddr *)&addr, sizeof(addr))) {
		snprintf(a->reason, sizeof(a->reason), "cannot attach to a raw socket: %s",
			 strerror(errno));
		if (fd >= 0)
			close(fd);
		return;
	}
	a->sock_fd = fd;
	a->attached = true;
	snprintf(a->target, sizeof(a->target), "raw socket on %s",
		 opts->iface ? opts->iface : "all interfaces");
}
