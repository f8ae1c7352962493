# memcpy/memset/memmove/memcmp of lengths only known at run time, and of
# constant lengths beyond what the BPF backend expands inline, checked byte
# by byte in map contents. Three builds of one source: host-target C and
# -target bpf C with the compiler's builtins (llvm.mem* intrinsics), and
# host C with -fno-builtin (calls of the C functions by name).
. "$(dirname "$0")/../lib.sh"
need_bpf

src=$TESTS_DIR/c/runtime_mem.c
bc_host "$src" host.bc -I"$IRBPF_INCLUDE"
bc_bpf "$src" bpf.bc -I"$IRBPF_INCLUDE"
bc_host "$src" byname.bc -I"$IRBPF_INCLUDE" -fno-builtin -DMEM_BY_NAME
grep -q "call void @llvm.memcpy.*i64 %" <("$LLVM_TOOLS/llvm-dis" -o - host.bc) ||
	fail "host.bc has no variable-length llvm.memcpy"
grep -q "call ptr @memcpy(" <("$LLVM_TOOLS/llvm-dis" -o - byname.bc) ||
	fail "byname.bc does not call memcpy by name"

# Expected map contents, from the same rules in Python.
expect() {
	python3 - "$@" <<'PY'
import sys
n, fill = int(sys.argv[1]), int(sys.argv[2])
src = bytes(range(0x40, 0x80))
m = min(n, 61)
pad = lambda b: bytes(b) + bytes(64 - len(b))
b0 = pad(src[:n])
b1 = pad([fill] * n)
b2 = bytearray(src); b2[3:3 + m] = src[:m]
b3 = bytearray(src); b3[:m] = src[3:3 + m]
sign = lambda a, b: 3 if a == b else (1 if a < b else 2)
cmps = [sign(src[:n], b0[:n]), sign(src[:n], b1[:n]), sign(b1[:n], src[:n]),
        2 if b2[:n] != b3[:n] else 3]
print(" ".join(["--map blobs:%d=x:%s" % (i, bytes(b).hex())
                for i, b in enumerate([b0, b1, b2, b3])] +
               ["--map cmps:%d=%d" % (i, c) for i, c in enumerate(cmps)]))
PY
}

packet() {
	python3 -c "import sys; print((bytes([$1, $2]) + bytes(range(0x40, 0x80))).hex())"
}

# Lengths: none, one, odd, the memmove clamp (61) and the whole buffer.
lengths_host="0 17 64" lengths_bpf="1 61" lengths_byname="0 17 64"
for kind in host bpf byname; do
	"$IRBPF" $kind.bc -o $kind.o
	! grep -q "memcpy\|memset\|memmove" <("$LLVM_TOOLS/llvm-nm" $kind.o) ||
		fail "$kind: a mem* libcall is left"
	lengths=lengths_$kind
	for n in ${!lengths}; do
		# shellcheck disable=SC2046
		bpfrun $kind.o mem_ops --in "$(packet $n 170)" --ret 2 $(expect $n 170) >/dev/null ||
			fail "$kind: mem_ops with n=$n"
	done
	echo "ok: $kind: variable-length mem* for n = ${!lengths}"
done

# Constant lengths the backend would turn into libcalls (1536-byte memset
# and memcpy, a 100-byte unaligned memmove).
big=$(python3 -c "
b0 = bytearray([0x5a] * 1536); b0[0] = 0x33; b0[-1] = 0x11
b1 = bytearray(b0); b1[1:101] = b0[0:100]; b1[0] = 0x22
print('--map bigs:0=x:%s --map bigs:1=x:%s' % (b0.hex(), b1.hex()))")
for kind in host bpf; do
	# shellcheck disable=SC2086
	bpfrun $kind.o mem_big --in "$(packet 0 90)" --ret 2 $big >/dev/null ||
		fail "$kind: mem_big"
done
echo "ok: constant 1536-byte memset/memcpy, 100-byte memmove"

# Without the runtime, a copy of variable length is a build-time error
# naming the function and line, not a backend failure.
cat > copy.c <<'C'
#include <linux/bpf.h>
#include <irbpf/bpf.h>
char buf[64];
SEC("xdp")
int copy(struct xdp_md *ctx)
{
	char tmp[64] = {};
	__u32 n = (ctx->data_end - ctx->data) & 63;

	__builtin_memcpy(buf, tmp, n);
	return XDP_PASS;
}
IRBPF_LICENSE("GPL");
C
bc_host copy.c copy.bc -I"$IRBPF_INCLUDE"
expect_error "'copy' copies or sets memory of variable or large size \(copy.c:10:[0-9]+\), which needs the runtime" \
	"$IRBPF" --no-runtime copy.bc -o none.o
[ ! -e none.o ] || fail "output written without the runtime"
"$IRBPF" copy.bc -o copy.o
bpfrun copy.o copy --in-size 64 --ret 2
echo PASS
