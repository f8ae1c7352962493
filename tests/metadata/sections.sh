# Program sections are checked against libbpf's own table at build time;
# a mistake names the function and where it is, with the closest names
# libbpf knows.
. "$(dirname "$0")/../lib.sh"

bad() {	# SECTION PATTERN
	printf '__attribute__((section("%s"))) int p(void *ctx) { return 0; }\nchar LICENSE[] __attribute__((section("license"))) = "GPL";\n' \
		"$1" > sec.c
	bc_bpf sec.c sec.bc
	expect_error "$2" "$IRBPF" sec.bc -o sec.o
	[ ! -e sec.o ] || fail "output written for section '$1'"
}

bad sockett "unknown section 'sockett' in function 'p' \(sec\.c:1\); did you mean 'socket'\?$"
bad xpd "unknown section 'xpd' in function 'p' .*; did you mean 'xdp'\?$"
bad XDP "did you mean 'xdp'\?$"
bad tracepoin/syscalls/sys_enter_getpid "did you mean 'tracepoint/syscalls/sys_enter_getpid'\?$"
bad kprob/do_nanosleep "did you mean 'kprobe/do_nanosleep'\?$"
bad tc/ingress "unknown section 'tc/ingress' .*; did you mean 'tc'\?$"
bad cgroup_skb/ingres "did you mean 'cgroup_skb/ingress'\?$"
bad raw_tracepont/sys_enter "did you mean 'raw_tracepoint/sys_enter'\?$"
bad fexti/do_unlinkat "did you mean 'fexit/do_unlinkat'\?$"
bad totally_unknown "unknown section 'totally_unknown' in function 'p' .*: libbpf v?[0-9.]+ has no program type for it$"
grep -q "^irbpf: note: libbpf .* program sections .*socket.* xdp " "$WORK/stderr" ||
	fail "no note listing libbpf's sections"

# Every bad function is reported, not only the first.
cat > two.c <<'C'
__attribute__((section("sokcet"))) int a(void *ctx) { return 0; }
__attribute__((section("xdpp"))) int b(void *ctx) { return 0; }
char LICENSE[] __attribute__((section("license"))) = "GPL";
C
bc_bpf two.c two.bc
expect_error "unknown section 'sokcet' in function 'a' \(two\.c:1\); did you mean 'socket'\?" \
	"$IRBPF" two.bc -o two.o
grep -q "unknown section 'xdpp' in function 'b' (two.c:2); did you mean 'xdp'?" "$WORK/stderr" ||
	fail "second bad section not reported"

# Valid names in libbpf's forms build, load and (where possible) run.
cat > good.c <<'C'
#define SEC(s) __attribute__((section(s), used))
SEC("socket") int sock(void *ctx) { return 7; }
SEC("tp/syscalls/sys_enter_getpid") int tp(void *ctx) { return 0; }
SEC("raw_tp/sys_enter") int rawtp(void *ctx) { return 0; }
SEC("kprobe/do_nanosleep") int kp(void *ctx) { return 0; }
SEC("cgroup_skb/egress") int egress(void *ctx) { return 1; }
SEC("?xdp") int maybe(void *ctx) { return 2; }
char LICENSE[] SEC("license") = "GPL";
C
bc_host good.c good.bc
"$IRBPF" good.bc -o good.o
"$IRBPF" inspect --json good.o > good.json
python3 - good.json <<'PY'
import json, sys
progs = {p["name"]: (p["section"], p["type"]) for p in json.load(open(sys.argv[1]))["programs"]}
assert progs == {
    "sock": ("socket", "socket_filter"), "tp": ("tp/syscalls/sys_enter_getpid", "tracepoint"),
    "rawtp": ("raw_tp/sys_enter", "raw_tracepoint"), "kp": ("kprobe/do_nanosleep", "kprobe"),
    "egress": ("cgroup_skb/egress", "cgroup_skb"), "maybe": ("?xdp", "xdp")}, progs
PY
if "$BPFRUN" --probe; then
	bpfrun good.o sock --in-size 64 --ret 7
	bpfrun good.o egress --in-size 64 --ret 1
fi
echo PASS
