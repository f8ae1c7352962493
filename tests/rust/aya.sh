# aya-style programs (tests/rust/aya: binary crates on aya-ebpf's API,
# `aya-ebpf = { package = "bpf-headers", ... }`) built with cargo irbpf,
# loaded and run in the kernel:
#   xdp-firewall   the aya book's XDP firewall: verdicts and per-CPU
#                  counters over crafted packets (BPF_PROG_TEST_RUN)
#   execve-count   the book's execve tracepoint, counting per tgid under
#                  irbpf-agent
#   ring-events    a RingBuf record per execve, read back with libbpf and
#                  printed by field by irbpf-agent
#   tc-classifier  an LpmTrie of blocked networks in a tc classifier
#   program-kinds  the other program attributes (kprobe, kretprobe,
#                  uprobe, raw_tracepoint, socket_filter, cgroup_skb,
#                  perf_event), a PerfEventArray and a tail call: all load,
#                  in libbpf's sections; the packet ones run
#   type-mismatch  a HashMap<u32, u64> given a u8 is rustc's type error
# Map keys and values reach the BTF with their Rust types.
. "$(dirname "$0")/../lib.sh"
. "$TESTS_DIR/rust/common.bash"
. "$TESTS_DIR/agent/helpers.bash"
need_cargo
need_bpf
export IRBPF
AYA=$TESTS_DIR/rust/aya
BPFATTACH=$(dirname "$BPFRUN")/bpfattach

build() {
	"$CARGO_IRBPF" build --release --locked -q --manifest-path "$AYA/Cargo.toml" \
		--target-dir "$WORK/target" -p "$1" -o "$WORK/$1.o"
}
for crate in xdp-firewall execve-count ring-events tc-classifier program-kinds; do
	build "$crate" >/dev/null 2>"$crate.err" ||
		fail "$crate: cargo irbpf build failed: $(grep -m3 -A3 error "$crate.err")"
done

# btf_member OBJ MAP MEMBER: the BTF type a map's key or value points to,
# as "KIND 'name'" (bpftool's raw dump).
btf_member() {
	"$BPFTOOL" btf dump file "$1" format raw | python3 -c '
import re, sys
types = {}
for line in sys.stdin:
    m = re.match(r"\[(\d+)\] (\w+) (\x27[^\x27]*\x27)(.*)", line)
    if m:
        cur = int(m.group(1))
        types[cur] = {"kind": m.group(2), "name": m.group(3), "rest": m.group(4), "members": {}}
        continue
    m = re.match(r"\s+(\x27[^\x27]*\x27) type_id=(\d+)", line)
    if m:
        types[cur]["members"][m.group(1).strip("\x27")] = int(m.group(2))
def tid(rest):
    return int(re.search(r"type_id=(\d+)", rest).group(1))
var = next(t for t in types.values() if t["kind"] == "VAR" and t["name"] == "\x27%s\x27" % sys.argv[1])
ptr = types[types[tid(var["rest"])]["members"][sys.argv[2]]]
target = types[tid(ptr["rest"])]
print(target["kind"], target["name"], " ".join(sorted(target["members"])))
' "$2" "$3"
}

# xdp-firewall: Ethernet + IPv4 from 10.0.0.1 (blocked) or 10.0.0.9.
eth=000000000002000000000001
ip4() { printf '45000014000000004011%04x%s0a000002' 0 "$1"; }
blocked=${eth}0800$(ip4 0a000001)
allowed=${eth}0800$(ip4 0a000009)
arp=${eth}0806000108000604000100000000000000000000
fw() { bpfrun xdp-firewall.o xdp_firewall --set BLOCKLIST:0x0a000001=1 "$@" >>fw.log 2>&1 ||
	fail "xdp-firewall: $* : $(tail -n 3 fw.log)"; }
fw --in "$blocked" --repeat 3 --ret 1 --map VERDICTS:1=3 --map VERDICTS:2=0
fw --in "$allowed" --repeat 2 --ret 2 --map VERDICTS:2=2 --map VERDICTS:1=0
fw --in "$arp" --ret 2 --map VERDICTS:2=1
fw --in "${eth}08004500001400000000" --ret 0 --map VERDICTS:0=1
bpfrun xdp-firewall.o --map-info BLOCKLIST:hash:4:4:1024 \
	--map-info VERDICTS:percpu_array:4:8:8 >>fw.log 2>&1 || fail "xdp-firewall maps: $(tail -n 3 fw.log)"
[ "$(btf_member xdp-firewall.o BLOCKLIST key)" = "INT 'u32' " ] ||
	fail "BLOCKLIST key in BTF: $(btf_member xdp-firewall.o BLOCKLIST key)"
[ "$(btf_member xdp-firewall.o VERDICTS value)" = "INT 'u64' " ] ||
	fail "VERDICTS value in BTF: $(btf_member xdp-firewall.o VERDICTS value)"
echo "ok: xdp-firewall verdicts, counters and typed BTF"

# tc-classifier: 192.168.7.0/24 blocked (trie key: prefix length, then
# the address in network byte order).
tcp_to() { printf '%s0800450000140000000040%s00000a000001%s' "$eth" "$1" "$2"; }
tc() { bpfrun tc-classifier.o tc_filter --set BLOCKED_NETS:x:18000000c0a80700=1 "$@" \
	>>tc.log 2>&1 || fail "tc-classifier: $* : $(tail -n 3 tc.log)"; }
tc --in "$(tcp_to 06 c0a80709)" --repeat 4 --ret 2 --map DROPS:0xc0a80709=4
tc --in "$(tcp_to 06 c0a80809)" --ret 0 --map DROPS:0xc0a80809
tc --in "$(tcp_to 01 c0a80709)" --ret 0 --map DROPS:0xc0a80709
tc --in "$arp" --ret 0
grep -q 'DROPS\[0xc0a80809\] = <none>' tc.log || fail "tc-classifier counted a passed packet"
[ "$(btf_member tc-classifier.o BLOCKED_NETS key)" = "STRUCT 'Key_u32_' data prefix_len" ] ||
	fail "BLOCKED_NETS key in BTF: $(btf_member tc-classifier.o BLOCKED_NETS key)"
echo "ok: tc-classifier verdicts, LPM trie and counters"
[ "$(btf_member execve-count.o FILENAME_BUF value)" = "STRUCT 'Buf' buf" ] ||
	fail "FILENAME_BUF value in BTF: $(btf_member execve-count.o FILENAME_BUF value)"

# program-kinds: sections as libbpf names them; the whole object loads.
"$IRBPF" inspect program-kinds.o >kinds.txt
for want in "on_vfs_read kprobe/vfs_read kprobe" "on_vfs_read_ret kretprobe/vfs_read kprobe" \
	"on_uprobe uprobe kprobe" "on_sys_enter raw_tp/sys_enter raw_tracepoint" \
	"keep_ipv4 socket socket_filter" "allow_all cgroup_skb/ingress cgroup_skb" \
	"on_sample perf_event perf_event"; do
	read -r name sec type <<<"$want"
	grep -qE "^  $name +$sec +$type " kinds.txt || fail "program-kinds: no $want in: $(cat kinds.txt)"
done
ip_pkt=${eth}0800$(ip4 0a000001)
kinds() { bpfrun program-kinds.o "$@" >>kinds.log 2>&1 || fail "program-kinds: $* : $(tail -n 3 kinds.log)"; }
kinds keep_ipv4 --in "$ip_pkt" --ret 8
kinds keep_ipv4 --in "${eth}080046$(ip4 0a000001 | cut -c3-)" --ret 0
kinds allow_all --in "$ip_pkt" --ret 1
kinds --map-info JUMPS:prog_array:4:4:4
echo "ok: program-kinds load and run"

# type-mismatch: rustc refuses it; nothing is written.
rc=0
build type-mismatch >/dev/null 2>mismatch.err || rc=$?
[ "$rc" -ne 0 ] || fail "type-mismatch built"
grep -q 'error\[E0308\]: mismatched types' mismatch.err &&
	grep -q 'expected `&u64`, found `&u8`' mismatch.err ||
	fail "type-mismatch: no mismatched-types error: $(head -n 5 mismatch.err)"
[ ! -e type-mismatch.o ] || fail "type-mismatch: an object was written"
echo "ok: type-mismatch is rustc's E0308"

TRACEFS=/sys/kernel/tracing
if ! mountpoint -q "$TRACEFS"; then
	mount -t tracefs tracefs "$TRACEFS" 2>/dev/null || {
		echo "SKIP: tracefs is not mounted at $TRACEFS and cannot be mounted"
		exit 77
	}
fi

# execve-count under irbpf-agent: a process that execs three times
# (bash, bash, true) has count 3 under its tgid.
start_agent agent.json agent.err --json execve-count.o
bash -c 'exec bash -c "exec /bin/true"' &
pid=$!
wait "$pid"
stop_agent
[ "$(map_value agent.json EXECS "$pid")" = 3 ] ||
	fail "EXECS[$pid] is $(map_value agent.json EXECS "$pid"), expected 3"
grep -q "execve-count: tgid $pid comm " agent.err || fail "no bpf_printk! line for $pid"
echo "ok: execve-count counted 3 execve calls of $pid"

# ring-events: the records of the command's execve of /bin/true.
"$BPFATTACH" ring-events.o --ringbuf EVENTS -- sh -c 'exec /bin/true' >ring.out ||
	fail "bpfattach ring-events: $(tail -n 3 ring.out)"
python3 - ring.out <<'PY' || fail "ring-events records: $(grep -c '^record' ring.out) read"
import struct, sys
lines = open(sys.argv[1]).read().split("\n")
pid = int(next(l for l in lines if l.startswith("command pid ")).split()[2])
events = []
for l in lines:
    if l.startswith("record "):
        _, size, data = l.split()
        assert int(size) == 72, l
        events.append(struct.unpack("<IIIIQ16s32s", bytes.fromhex(data)))
mine = [e for e in events if e[1] == pid and e[6].rstrip(b"\0") == b"/bin/true"]
assert len(mine) == 1, (pid, events)
p, tgid, uid, flen, ts, comm, fname = mine[0]
assert p == tgid and uid == 0 and flen == 9 and ts > 0, mine[0]
assert comm.rstrip(b"\0") == b"sh", comm
print("ring-events: pid %d comm %s filename %s" % (tgid, comm.rstrip(b"\0").decode(),
                                                   fname.rstrip(b"\0").decode()))
PY
# irbpf-agent prints each record by the fields of ExecEvent (kept in the
# BTF by a global): this run's execve of /bin/true is among them.
start_agent agent.out agent2.err ring-events.o
sh -c 'exec /bin/true' &
pid=$!
wait "$pid"
stop_agent
grep 'event EVENTS ' agent.out >events.txt || fail "irbpf-agent printed no events: $(head -n 5 agent.out)"
grep "tgid=$pid," events.txt | grep 'comm="sh"' | grep -q 'filename="/bin/true"' ||
	fail "irbpf-agent printed no event of $pid's execve of /bin/true: $(head -n 3 events.txt)"
echo "ok: irbpf-agent printed the event: $(grep "tgid=$pid," events.txt | grep -m1 /bin/true)"
echo "ok: ring-events records"
echo PASS
