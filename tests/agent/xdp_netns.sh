# XDP, tc and socket filter programs on one end of a veth pair between two
# network namespaces owned by the test: each counts the UDP datagrams sent
# from the other end, and the example hello_xdp counts them per protocol.
. "$(dirname "$0")/../lib.sh"
. "$TESTS_DIR/agent/helpers.bash"
need_bpf

agent_obj agent_net
netns_pair "irbpf-agent-$$"
AGENT_NETNS=$NS_B

start_agent out.json err.txt --json --iface veth-b --socket agent_net.o
send_udp 10
stop_agent
cat err.txt
for prog in udp_xdp udp_tc udp_socket; do
	[ "$(json_query out.json "next(p['attached'] for p in doc['programs'] if p['name'] == '$prog')")" = True ] ||
		fail "$prog not attached"
done
for slot in 0 1 2; do
	count=$(map_value out.json udp_seen $slot)
	[ "$count" = 10 ] || fail "udp_seen[$slot] is $count, expected 10"
done

# The C example, in human-readable mode: proto_count[17] (UDP) is 4.
start_agent out.txt err2.txt --iface veth-b "$EXAMPLES_BIN/c/hello_xdp.o"
send_udp 4
stop_agent
cat out.txt
grep -q '^  prog hello_xdp .* attached: xdp on veth-b' out.txt || fail "hello_xdp not attached"
sed -n '/^-- maps at exit/,$p' out.txt | grep -q '^    key 17: 4$' || fail "proto_count[17] is not 4"
echo PASS
