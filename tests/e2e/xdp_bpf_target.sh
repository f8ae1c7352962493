# -target bpf bitcode through irbpf loads and runs exactly like the object
# clang builds directly from the same source.
. "$(dirname "$0")/../lib.sh"
need_bpf

bc_bpf "$TESTS_DIR/c/xdp_count.c" xdp.bc
"$IRBPF" xdp.bc -o xdp.o
obj_clang "$TESTS_DIR/c/xdp_count.c" ref.o

for obj in xdp.o ref.o; do
	# 100-byte packets are "big" (key 1); five runs count five.
	bpfrun "$obj" count_packets --in-size 100 --repeat 5 --ret 2 \
		--map counts:1=5 --map counts:0=0
	bpfrun "$obj" count_packets --in-size 40 --ret 2 --map counts:0=1
done

# No leftover subprograms: only the one reachable static function.
syms=$("$LLVM_TOOLS/llvm-nm" xdp.o)
grep -q ' size_class$' <<<"$syms" || fail "size_class missing"
grep -q ' T count_packets$' <<<"$syms" || fail "entry not global"
grep -q ' D pass_verdict$' <<<"$syms" || fail "global data lost its linkage"
grep -q ' R big_packet$' <<<"$syms" || fail ".rodata variable lost its linkage"
echo PASS
