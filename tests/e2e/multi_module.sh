# Two modules with a call between them link into one program. A global
# function nobody calls stays, as clang leaves it; with
# --internalize=programs it does not reach the object.
. "$(dirname "$0")/../lib.sh"
need_bpf

bc_bpf "$TESTS_DIR/c/multi_main.c" main.bc
bc_bpf "$TESTS_DIR/c/multi_lib.c" lib.bc
"$IRBPF" main.bc lib.bc -o multi.o
# 14-byte Ethernet header, then bytes 1..16: sum of i*i = 1496.
pkt=00000000000000000000000000000102030405060708090a0b0c0d0e0f10
bpfrun multi.o sum_bytes --in "$pkt" --ret 216 --map last_sum:0=1496

grep -q " T never_called$" <<<"$("$LLVM_TOOLS/llvm-nm" multi.o)" ||
	fail "global function never_called dropped"
"$IRBPF" --internalize=programs main.bc lib.bc -o progs.o
bpfrun progs.o sum_bytes --in "$pkt" --ret 216 --map last_sum:0=1496
syms=$("$LLVM_TOOLS/llvm-nm" progs.o)
! grep -q never_called <<<"$syms" || fail "unused function never_called left with --internalize=programs"
echo PASS
