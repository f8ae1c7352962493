# Without --pin nothing outlives the agent: its programs, maps and links
# are gone after exit, tc filters and the clsact qdisc it created are
# removed, and its tracing instance too. With --pin, maps and links stay
# under bpffs, the program keeps running and another process reads its
# counts; removing the pins frees everything.
. "$(dirname "$0")/../lib.sh"
. "$TESTS_DIR/agent/helpers.bash"
need_bpf

agent_obj agent_kill
agent_obj agent_net
netns_pair "irbpf-agent-$$"
pin_dir=/sys/fs/bpf/irbpf-agent-test-$$
trap 'ip netns del "$NS_A" 2>/dev/null; ip netns del "$NS_B" 2>/dev/null; rm -rf "$pin_dir"' EXIT

# gone ID...: none of the program ids is loaded and no link uses them.
# Programs are freed after an RCU grace period: allow a few seconds.
gone() {
	local id left
	for _ in $(seq 50); do
		left=
		for id in "$@"; do
			"$BPFTOOL" prog show id "$id" >/dev/null 2>&1 && left="$left $id"
		done
		[ -z "$left" ] && break
		sleep 0.1
	done
	[ -z "$left" ] || fail "programs still loaded after exit:$left"
	"$BPFTOOL" link list -j >links-after.json
	python3 - "$@" <<'PY' || fail "links left behind"
import json, sys
ids = {int(i) for i in sys.argv[1:]}
left = [l for l in json.load(open('links-after.json')) if l.get('prog_id') in ids]
sys.exit(1 if left else 0)
PY
}

# maps_gone REPORT: no map of the agent's report is left (maps go with
# the last program using them, so after gone()).
maps_gone() {
	local id
	for id in $(map_ids "$1"); do
		! "$BPFTOOL" map show id "$id" >/dev/null 2>&1 || fail "map $id left behind"
	done
}

# 1. Network attach points inside the namespace.
AGENT_NETNS=$NS_B
start_agent out.txt err.txt --iface veth-b --socket agent_net.o
ip -n "$NS_B" link show veth-b | grep -q 'xdp' || fail "no XDP program on veth-b while running"
tc -n "$NS_B" filter show dev veth-b ingress | grep -q 'udp_tc' || fail "no tc filter while running"
ids=$(prog_ids out.txt)
[ "$(echo "$ids" | wc -w)" = 3 ] || fail "expected 3 program ids, got: $ids"
stop_agent
gone $ids
! ip -n "$NS_B" link show veth-b | grep -q 'xdp' || fail "XDP program left on veth-b"
! tc -n "$NS_B" qdisc show dev veth-b | grep -q clsact || fail "clsact qdisc left on veth-b"
maps_gone out.txt

# 2. A tracepoint (perf event link) and the trace pipe instance.
AGENT_NETNS=
start_agent out2.txt err2.txt agent_kill.o
instance=/sys/kernel/tracing/instances/irbpf-agent.$AGENT_PID
[ -d "$instance" ] || fail "no tracing instance while running"
ids=$(prog_ids out2.txt)
stop_agent
gone $ids
maps_gone out2.txt
[ ! -e "$instance" ] || fail "tracing instance $instance left behind"

# 3. --pin: the link and the maps stay; the program keeps counting.
start_agent out3.txt err3.txt --pin "$pin_dir" agent_kill.o
ids=$(prog_ids out3.txt)
stop_agent
[ -e "$pin_dir/maps/kill0_count" ] || fail "map not pinned"
[ -e "$pin_dir/links/count_kill0" ] || fail "link not pinned"
for _ in 1 2 3; do
	kill -0 $$
done
key=$(printf '%02x %02x %02x %02x' $(($$ & 255)) $(($$ >> 8 & 255)) $(($$ >> 16 & 255)) $(($$ >> 24)))
"$BPFTOOL" -j map lookup pinned "$pin_dir/maps/kill0_count" key hex $key >lookup.json
value=$(python3 -c 'import json; v = json.load(open("lookup.json"))["value"]; print(int("".join(reversed([b[2:] for b in v])), 16))')
[ "$value" = 3 ] || fail "pinned kill0_count[$$] is $value after exit, expected 3"
rm -rf "$pin_dir"
gone $ids
echo PASS
