#!/usr/bin/env bash
# Builds irbpf and the hello-world examples, then runs each example under
# irbpf-agent (libbpf only, no LLVM) for a few seconds while this script
# starts a few commands: each execve prints a hello line in the trace pipe
# and is counted in a map that the agent prints at the end.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh"
b=$root/build
agent=$b/agent/irbpf-agent

# The Rust hello-world, built on stable Rust by cargo irbpf.
echo "== cargo irbpf build --release -p hello (examples/rust):"
rust_hello=$(IRBPF=$b/driver/irbpf "$b/cargo/cargo-irbpf" build --release -q -p hello \
	--manifest-path "$root/examples/rust/Cargo.toml" --target-dir "$b/examples/rust")

# The hello-world objects the demo runs, one line each.
demo_objects=(
	"$b/examples/c/hello_tp.o"
	"$rust_hello"
)

# Starts a few commands and prints their pids.
trigger_execs() {
	local cmd
	for cmd in "/bin/uname -r" "/bin/id -un" "/bin/date" "/bin/ls /" "/bin/echo hello"; do
		$cmd >/dev/null &
		echo $!
		wait $!
	done
}

# Shows the agent's output with the trace lines of our own commands only:
# the trace pipe is host-wide, and other processes exec too.
show_run() {
	local log=$1 pids=$2 others
	others=$(grep 'bpf_trace_printk:' "$log" | grep -cvE -- "-($pids) +\[" || true)
	grep -vF 'bpf_trace_printk:' "$log" | sed '/^irbpf-agent: running/q'
	grep -E -- "-($pids) +\[.*bpf_trace_printk:" "$log" || true
	[ "$others" -eq 0 ] || echo "  ($others more trace lines from other processes on this host)"
	sed -n '/^irbpf-agent: running/,$p' "$log" | sed 1d | grep -vF 'bpf_trace_printk:'
}

run_demo() {
	local obj=$1 log pid pids
	log=$(mktemp)
	echo
	echo "== irbpf-agent $obj, for 3 s while this script runs 5 commands:"
	"$agent" --duration 3 "$obj" >"$log" 2>&1 &
	pid=$!
	until grep -q '^irbpf-agent: running' "$log"; do
		kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 1; }
		sleep 0.1
	done
	pids=$(trigger_execs | paste -sd '|')
	wait "$pid"
	show_run "$log" "$pids"
	rm -f "$log"
}

echo
echo "== irbpf-agent needs no LLVM; it links:"
ldd "$agent" | awk '/=>/ { print "   ", $1 }'
for obj in "${demo_objects[@]}"; do
	run_demo "$obj"
done
echo "(exec_count counts every execve on the host, the 5 above included)"

# The XDP example needs no interface: BPF_PROG_TEST_RUN runs it on a
# packet made up here, an Ethernet + IPv4 header carrying UDP, 3 times.
eth=ffffffffffff0000000000010800
ip=450000280000000040110000c0a80001c0a80002
udp=00350035001400000000000000000000
echo
echo "== hello_xdp on 3 UDP packets with BPF_PROG_TEST_RUN:"
"$b/tests/bpfrun" "$b/examples/c/hello_xdp.o" hello_xdp --in "$eth$ip$udp" --repeat 3 --ret 2 \
	--map proto_count:17=3
echo "(retval 2 is XDP_PASS; proto_count[17] counts the UDP packets)"
