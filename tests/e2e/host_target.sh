# Bitcode built for the host (no -target bpf) is retargeted and behaves
# like the BPF-target build of the same source.
. "$(dirname "$0")/../lib.sh"
need_bpf

bc_host "$TESTS_DIR/c/xdp_count.c" host.bc
grep -q x86_64 <("$LLVM_TOOLS/llvm-dis" -o - host.bc) || fail "input is not host-target bitcode"
"$IRBPF" host.bc -o host.o
bpfrun host.o count_packets --in-size 100 --repeat 3 --ret 2 --map counts:1=3
bpfrun host.o count_packets --in-size 20 --ret 2 --map counts:0=1

# No host leftovers in the object.
sections=$("$LLVM_TOOLS/llvm-readelf" -S host.o)
! grep -q eh_frame <<<"$sections" || fail ".eh_frame in output"

# The same with a multi-module host build.
bc_host "$TESTS_DIR/c/multi_main.c" m.bc
bc_host "$TESTS_DIR/c/multi_lib.c" l.bc
"$IRBPF" m.bc l.bc -o multi.o
bpfrun multi.o sum_bytes --in 00000000000000000000000000000102030405060708090a0b0c0d0e0f10 \
	--ret 216 --map last_sum:0=1496
echo PASS
