# irbpf --verify: the kernel's verifier checks the object before it is
# written. A rejection is a build error: exit 1, no output, an older
# output left as it was. Without bpf() it says so and goes on, unless
# --verify=require.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/helpers.bash"
need_bpf

bc_bpf "$TESTS_DIR/c/xdp_count.c" good.bc
bc_bpf "$VERIFY_SRC/null_check.c" bad.bc

# Accepted: written as without --verify, and it runs.
"$IRBPF" --verify good.bc -o good.o 2>err.txt || fail "--verify rejected a good program"
[ ! -s err.txt ] || fail "--verify printed for an accepted program: $(cat err.txt)"
"$IRBPF" good.bc -o plain.o
cmp -s good.o plain.o || fail "--verify changed the object"
bpfrun good.o count_packets --in-size 100 --repeat 2 --ret 2 --map counts:1=2
"$IRBPF" --verify -v good.bc -o verbose.o 2>v.txt
grep -Eq "^irbpf: verify: program 'count_packets' \\(xdp\\) accepted: [1-9][0-9]* insns, [1-9][0-9]* processed" v.txt ||
	fail "-v does not show the verifier's figures"
grep -Eq "^irbpf: verify +[0-9.]+ ms$" v.txt || fail "-v does not time the verify stage"

# Rejected: a build error at the source line, no output file.
line=$(marked_line "$VERIFY_SRC/null_check.c")
rc=0
"$IRBPF" --verify bad.bc -o bad.o 2>err.txt || rc=$?
cat err.txt
[ "$rc" -eq 1 ] || fail "--verify exited $rc for a rejected program"
[ ! -e bad.o ] || fail "output written for a rejected program"
grep -Eq "null_check\\.c:$line:[0-9]+: error: R0 invalid mem access 'map_value_or_null' \\(program 'null_check', insn [0-9]+\\)$" err.txt ||
	fail "no compiler-style error at null_check.c:$line"
grep -q "hint: the pointer may be NULL" err.txt || fail "no hint"
[ "$(tail -n 1 err.txt)" = "irbpf: error: bad.bc: the kernel verifier rejected the object (--verify); 'bad.o' not written" ] ||
	fail "last line: $(tail -n 1 err.txt)"

# An older output stays untouched, and no temporary file is left.
cp good.o old.o
before=$(sha256sum <old.o)
rc=0
"$IRBPF" --verify=require bad.bc -o old.o 2>/dev/null || rc=$?
[ "$rc" -eq 1 ] || fail "--verify=require exited $rc for a rejected program"
[ "$(sha256sum <old.o)" = "$before" ] || fail "a rejected build changed the old output"
no_temp_files .

# The check is opt-in: without it the same program builds.
"$IRBPF" bad.bc -o unchecked.o || fail "build without --verify failed"
expect_error "--verify checks objects; it cannot be combined with --emit" \
	"$IRBPF" --verify --emit=asm good.bc -o good.s
expect_error "invalid value 'maybe' for --verify" "$IRBPF" --verify=maybe good.bc -o x.o
[ ! -e good.s ] && [ ! -e x.o ] || fail "output written after a usage error"

# Where bpf() is not permitted (an unprivileged user, with unprivileged
# BPF disabled), --verify notes it and goes on; =require fails.
if ! command -v setpriv >/dev/null || [ "$(cat /proc/sys/kernel/unprivileged_bpf_disabled)" = 0 ]; then
	echo "SKIP part: cannot drop bpf() permission here"
	echo PASS
	exit 0
fi
nobody=(setpriv --reuid=65534 --regid=65534 --clear-groups --inh-caps=-all --bounding-set=-all)
if ! "${nobody[@]}" test -x "$IRBPF"; then
	echo "SKIP part: $IRBPF is not reachable for an unprivileged user"
	echo PASS
	exit 0
fi
mkdir -m 1777 unpriv
cp good.bc unpriv/
"${nobody[@]}" "$IRBPF" --verify unpriv/good.bc -o unpriv/out.o 2>err.txt ||
	fail "--verify failed without bpf(): $(cat err.txt)"
[ -s unpriv/out.o ] || fail "no output without bpf()"
[ "$(cat err.txt)" = "irbpf: note: --verify skipped: bpf() is not permitted here (Operation not permitted)" ] ||
	fail "unexpected message without bpf(): $(cat err.txt)"
expect_error "^irbpf: error: unpriv/good.bc: --verify=require: bpf\\(\\) is not permitted here" \
	"${nobody[@]}" "$IRBPF" --verify=require unpriv/good.bc -o unpriv/req.o
[ ! -e unpriv/req.o ] || fail "--verify=require wrote an output without bpf()"
expect_error "cannot verify: bpf\\(\\) is not permitted here" \
	"${nobody[@]}" "$IRBPF" verify unpriv/out.o
echo PASS
