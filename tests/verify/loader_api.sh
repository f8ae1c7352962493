# irbpf_loader's real-load path (the one irbpf-agent uses): the verifier
# log is captured only for the program the kernel rejects, and the
# library names that program and summarises its log.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/helpers.bash"
need_bpf
LOADOBJ=$(dirname "$BPFRUN")/loadobj

build_obj "$TESTS_DIR/c/xdp_count.c" xdp_count.o
bpfrun xdp_count.o count_packets --in-size 100 --ret 2 --map counts:1=1
for how in "" --mem; do
	out=$("$LOADOBJ" xdp_count.o $how) || fail "loadobj $how: $out"
	[ "$out" = "loaded 1 programs" ] || fail "loadobj $how: $out"
done

# Two programs; the second one is rejected.
cat >two.c <<'C'
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u32);
} two_vals SEC(".maps");
SEC("xdp")
int two_good(struct xdp_md *ctx)
{
	return XDP_PASS;
}
SEC("xdp")
int two_bad(struct xdp_md *ctx)
{
	__u32 key = 1;
	return *(__u32 *)bpf_map_lookup_elem(&two_vals, &key);
}
char LICENSE[] SEC("license") = "GPL";
C
build_obj two.c two.o
for how in "" --mem; do
	rc=0
	"$LOADOBJ" two.o $how >out.txt || rc=$?
	cat out.txt
	[ "$rc" -eq 1 ] || fail "loadobj $how exited $rc"
	grep -qx "rejected: two_bad" out.txt || fail "rejected program not named"
	grep -qx "error: R0 invalid mem access 'map_value_or_null'" out.txt || fail "error line"
	grep -Eqx "insn: [0-9]+ r0 = \\*\\(u32 \\*\\)\\(r0 \\+0\\)" out.txt || fail "failing insn"
	grep -Eqx "reg: R0=map_value_or_null\\(.*\\) \\(insn [0-9]+\\)" out.txt || fail "register state"
	grep -Eq "^log: [1-9][0-9]* bytes$" out.txt || fail "no log"
done
echo PASS
