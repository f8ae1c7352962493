# irbpf verify: usage and input errors are one "irbpf: error:" line each.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/helpers.bash"
need_bpf

"$IRBPF" verify --help >help.txt || fail "verify --help failed"
grep -q "^Usage: irbpf verify \\[--json\\] \\[--prog NAME\\] OBJ.o\\.\\.\\.$" help.txt || fail "usage line"
"$IRBPF" --help > help.out
grep -q -- "--verify\\[=require\\]" help.out || fail "--verify missing from --help"

expect_error "no object files to verify" "$IRBPF" verify
expect_error "unknown option '--bogus' for 'irbpf verify'" "$IRBPF" verify --bogus x.o
expect_error "missing\\.o: cannot read: No such file or directory" "$IRBPF" verify missing.o

# Not an ELF object: one line that says so.
echo "not an object" >junk.o
expect_error "junk\\.o: not an ELF object$" "$IRBPF" verify junk.o
[ "$(wc -l <"$WORK/stderr")" -eq 1 ] || fail "more than one line for junk.o: $(cat "$WORK/stderr")"

build_obj "$TESTS_DIR/c/xdp_count.c" xdp_count.o
expect_error "xdp_count\\.o: no program named 'nope'" "$IRBPF" verify --prog nope xdp_count.o
bpfrun xdp_count.o count_packets --in-size 40 --ret 2 --map counts:0=1

# One bad object does not hide the verdict on the others.
rc=0
"$IRBPF" verify junk.o xdp_count.o >table.txt 2>/dev/null || rc=$?
[ "$rc" -eq 1 ] || fail "exit $rc with one unreadable object"
grep -Eq "^xdp_count\\.o +count_packets +xdp +accepted " table.txt || fail "good object not checked"
echo PASS
