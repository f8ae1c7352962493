# BPF helpers called by name from C through <irbpf/bpf.h>, built for the
# host and for -target bpf: the runtime defines each as a call of the
# helper by number and it is inlined away.
. "$(dirname "$0")/../lib.sh"
need_bpf

src=$TESTS_DIR/c/runtime_helpers.c
bc_host "$src" host.bc -I"$IRBPF_INCLUDE"
bc_bpf "$src" bpf.bc -I"$IRBPF_INCLUDE"
grep -q "declare.*@bpf_map_lookup_elem" <("$LLVM_TOOLS/llvm-dis" -o - host.bc) ||
	fail "the input does not call bpf_map_lookup_elem by name"

# 16 bytes of packet: results = { len, runs, ktime monotonic, first 8
# bytes, length of the bpf_trace_printk output }.
packet=0102030405060708090a0b0c0d0e0f10
printed=$(printf 'irbpf runtime test: len %u first %x' 16 0x0807060504030201 | wc -c)
for kind in host bpf; do
	"$IRBPF" $kind.bc -o $kind.o
	# No call of a helper by name is left: all are inlined helper calls.
	"$LLVM_TOOLS/llvm-objdump" -d $kind.o > $kind.dis
	grep -q "call 0x5$" $kind.dis || fail "$kind: no call of helper 5 (bpf_ktime_get_ns)"
	! grep -q "call -0x1" $kind.dis || fail "$kind: a helper is still a function call"
	bpfrun $kind.o helpers_by_name --in $packet --repeat 3 --ret 2 \
		--map results:0=16 --map results:1=3 --map results:2=1 \
		--map results:3=0x0807060504030201 --map results:4=$printed
done
echo PASS
