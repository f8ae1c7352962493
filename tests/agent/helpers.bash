# Helpers for the irbpf-agent tests (sourced after ../lib.sh).
: "${AGENT:?}"
BPFTOOL=${BPFTOOL:-$(command -v bpftool || echo /usr/sbin/bpftool)}

# agent_obj NAME: tests/c/NAME.c → NAME.o through clang and irbpf
agent_obj() {
	bc_bpf "$TESTS_DIR/c/$1.c" "$1.bc"
	"$IRBPF" "$1.bc" -o "$1.o"
}

# start_agent OUT ERR ARGS...: runs the agent in the background (in
# $AGENT_NETNS if set) and waits until it reports that it is running
# (AGENT_START_POLLS times 0.05 s at most).
start_agent() {
	local out=$1 err=$2
	shift 2
	if [ -n "${AGENT_NETNS:-}" ]; then
		ip netns exec "$AGENT_NETNS" "$AGENT" "$@" >"$out" 2>"$err" &
	else
		"$AGENT" "$@" >"$out" 2>"$err" &
	fi
	AGENT_PID=$!
	for _ in $(seq "${AGENT_START_POLLS:-200}"); do
		grep -q '^irbpf-agent: running' "$out" "$err" && return 0
		# not kill -0: tests count this shell's kill() calls
		[ -d "/proc/$AGENT_PID" ] || break
		sleep 0.05
	done
	cat "$out" "$err" >&2
	fail "irbpf-agent did not start"
}

# stop_agent: SIGINT, then the agent's exit status must be 0.
stop_agent() {
	local rc=0
	kill -INT "$AGENT_PID"
	wait "$AGENT_PID" || rc=$?
	[ "$rc" -eq 0 ] || fail "irbpf-agent exited with $rc"
}

# json_query FILE PYTHON-EXPR: evaluates EXPR with `doc` bound to the JSON
# document in FILE and prints the result.
json_query() {
	python3 -c 'import json, sys
doc = json.load(open(sys.argv[1]))
print(eval(sys.argv[2]))' "$1" "$2"
}

# map_value FILE MAP KEY: the value of KEY in MAP of the agent's JSON ("none"
# when absent)
map_value() {
	json_query "$1" "next((e['value'] for e in doc['maps']['$2'] if e['key'] == $3), 'none')"
}

# prog_ids FILE: ids of the programs in the agent's report ("prog ... id N")
prog_ids() {
	sed -n 's/^  prog .* id \([0-9][0-9]*\) .*/\1/p' "$1"
}

map_ids() {
	sed -n 's/^  map .* id \([0-9][0-9]*\).*/\1/p' "$1"
}

# netns_pair NAME: namespaces NAME-a and NAME-b joined by veth-a
# (10.199.0.1) and veth-b (10.199.0.2), deleted on exit.
netns_pair() {
	NS_A=$1-a
	NS_B=$1-b
	trap 'ip netns del "$NS_A" 2>/dev/null; ip netns del "$NS_B" 2>/dev/null' EXIT
	ip netns add "$NS_A"
	ip netns add "$NS_B"
	ip -n "$NS_A" link add veth-a type veth peer name veth-b netns "$NS_B"
	ip -n "$NS_A" addr add 10.199.0.1/24 dev veth-a
	ip -n "$NS_B" addr add 10.199.0.2/24 dev veth-b
	ip -n "$NS_A" link set veth-a up
	ip -n "$NS_B" link set veth-b up
	ip -n "$NS_A" link set lo up
	ip -n "$NS_B" link set lo up
	# no ARP round trip before the first packet
	local mac
	mac=$(ip -n "$NS_B" -o link show veth-b | sed -n 's/.*link\/ether \([0-9a-f:]*\).*/\1/p')
	ip -n "$NS_A" neigh replace 10.199.0.2 lladdr "$mac" dev veth-a nud permanent
}

# send_udp COUNT: COUNT UDP datagrams from NS_A to 10.199.0.2:4242
send_udp() {
	ip netns exec "$NS_A" bash -c \
		'for ((i = 0; i < $1; i++)); do echo ping >/dev/udp/10.199.0.2/4242; done' _ "$1"
}

# json_lines_query FILE PYTHON-EXPR: like json_query for output with one
# JSON object per line, bound to `lines` (a list).
json_lines_query() {
	python3 -c 'import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
print(eval(sys.argv[2]))' "$1" "$2"
}

# The interpreter itself, not a wrapper script that makes syscalls of its
# own under the same pid before it execs python, and the name it runs as.
PYTHON=$(python3 -c 'import sys; print(sys.executable)')
PYTHON_COMM=$(basename "$PYTHON" | cut -c1-15)

# python_calls CALL COUNT: a python process of its own evaluates CALL (e.g.
# "os.getppid()") COUNT times; prints its pid first.
python_calls() {
	"$PYTHON" -S -c 'import os, sys
print(os.getpid(), flush=True)
for _ in range(int(sys.argv[2])):
	eval(sys.argv[1])' "$1" "$2"
}

# expect_agent_error PATTERN ARGS...: the agent must exit 1 with nothing
# on stdout and a first stderr line "irbpf-agent: error: ..." matching
# PATTERN.
expect_agent_error() {
	local pattern=$1 rc=0 first
	shift
	"$AGENT" "$@" >out.txt 2>err.txt || rc=$?
	first=$(head -n 1 err.txt)
	[ "$rc" -eq 1 ] || fail "expected exit 1 from irbpf-agent $*, got $rc"
	[ ! -s out.txt ] || fail "irbpf-agent $* wrote to stdout: $(cat out.txt)"
	[[ "$first" =~ ^irbpf-agent:\ error:\ .*$pattern ]] || fail "error '$first' does not match /$pattern/"
	echo "ok: $first"
}

# expect_records OUT MAP PID COUNT: OUT (text) holds exactly the records
# "event MAP {pid=PID, calls=1..COUNT, comm=...}" for PID, in order, and
# its map report counts every record of MAP.
expect_records() {
	local out=$1 map=$2 pid=$3 count=$4 printed i
	grep "^event $map {pid=$pid, " "$out" >mine.txt || true
	for ((i = 1; i <= count; i++)); do
		echo "event $map {pid=$pid, calls=$i, comm=\"$PYTHON_COMM\"}"
	done >expected.txt
	diff -u expected.txt mine.txt || fail "records of pid $pid differ"
	printed=$(grep -c "^event $map " "$out")
	sed -n '/^-- maps at exit/,$p' "$out" >exit.txt
	grep -qx "  $map:" exit.txt || fail "no '$map' in the map report"
	grep -qx "    ($printed events printed)" exit.txt ||
		fail "the map report does not count $printed events: $(cat exit.txt)"
	! grep -q 'Unknown error\|not readable' "$out" || fail "a map was read as entries"
}
