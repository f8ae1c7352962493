# Attach by section: uprobe on a named binary and raw tracepoint attach and
# count; kprobes load but are reported as not attachable on a kernel
# without kprobe support; sections without an attach point, XDP without
# --iface and socket filters without --socket are reported with the reason.
. "$(dirname "$0")/../lib.sh"
. "$TESTS_DIR/agent/helpers.bash"
need_bpf

agent_obj agent_kinds
start_agent out.json err.txt --json agent_kinds.o
# bash runs the echo builtin (echo_builtin in /bin/bash) in this process
for _ in 1 2 3 4 5; do
	echo "event" >/dev/null
done
stop_agent
cat err.txt

attached() {
	json_query out.json "next(p['attached'] for p in doc['programs'] if p['name'] == '$1')"
}
reason() {
	grep "^  prog $1 " err.txt
}
[ "$(attached on_echo)" = True ] || fail "uprobe not attached: $(reason on_echo)"
[ "$(attached on_sys_enter)" = True ] || fail "raw tracepoint not attached: $(reason on_sys_enter)"
count=$(map_value out.json echo_count $$)
[ "$count" = 5 ] || fail "echo_count[$$] is $count, expected 5"
hits=$(json_query out.json "sum(doc['maps']['raw_tp_hits'][0]['value'])")
[ "$hits" -gt 0 ] || fail "raw tracepoint saw no system call"

if [ -e /sys/bus/event_source/devices/kprobe ] || [ -e /sys/kernel/tracing/kprobe_events ]; then
	[ "$(attached on_unlink)" = True ] || fail "kprobe not attached: $(reason on_unlink)"
else
	for p in on_unlink on_unlink_ret; do
		[ "$(attached $p)" = False ] || fail "$p reported attached"
		reason $p | grep -q 'not attached: the kernel cannot attach kprobes' ||
			fail "no clear kprobe reason: $(reason $p)"
	done
fi
reason no_binary | grep -q 'not attached: section names no binary (use uprobe/PATH:FUNCTION)' ||
	fail "uprobe without binary: $(reason no_binary)"
reason pass_xdp | grep -q 'not attached: needs a network interface (--iface IF)' ||
	fail "xdp without --iface: $(reason pass_xdp)"
reason accept_all | grep -q 'not attached: socket filter: --socket' ||
	fail "socket without --socket: $(reason accept_all)"
echo PASS
