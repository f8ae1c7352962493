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

# 16 bytes of packet: results = { len, runs, ktime monotonic, first 8 bytes }
packet=0102030405060708090a0b0c0d0e0f10
for kind in host bpf; do
	"$IRBPF" $kind.bc -o $kind.o
	# No call of a helper by name is left: all are inlined helper calls.
	"$LLVM_TOOLS/llvm-objdump" -d $kind.o > $kind.dis
	grep -q "call 0x5$" $kind.dis || fail "$kind: no call of helper 5 (bpf_ktime_get_ns)"
	! grep -q "call -0x1" $kind.dis || fail "$kind: a helper is still a function call"
	bpfrun $kind.o helpers_by_name --in $packet --repeat 3 --ret 2 \
		--map results:0=16 --map results:1=3 --map results:2=1 \
		--map results:3=0x0807060504030201
done

# The variadic bpf_trace_printk gets its arguments: find the line in the
# trace buffer (tracefs is mounted where the kernel allows it).
trace=/sys/kernel/tracing/trace
[ -r $trace ] || mount -t tracefs tracefs /sys/kernel/tracing 2>/dev/null || true
if [ -w $trace ]; then
	: > $trace
	bpfrun host.o helpers_by_name --in ${packet}11121314 --ret 2 >/dev/null
	grep -q "irbpf runtime test: len 20 first 807060504030201" $trace ||
		fail "bpf_trace_printk output missing: $(grep irbpf $trace | tail -1)"
	echo "ok: bpf_trace_printk printed its three arguments"
else
	echo "note: no tracefs here, trace output not checked"
fi
echo PASS
