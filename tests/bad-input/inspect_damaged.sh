# irbpf inspect on damaged objects: it finishes, exits 0 or 1, and does not
# trust sizes the file gives for data that is not there.
. "$(dirname "$0")/lib.bash"

src prog <<C
$SOCK int prog(void *ctx) { return 0; }
$LIC
C
bc_bpf prog.c prog.bc
"$IRBPF" prog.bc -o prog.o
# The undamaged object loads and runs.
if bpfrun --probe; then
	bpfrun prog.o prog --in-size 64 --ret 0
fi

# damage FIELD: a copy of prog.o with its section headers changed.
damage() {
	python3 - "$1" <<'PY'
import struct, sys
data = bytearray(open("prog.o", "rb").read())
shoff, = struct.unpack_from("<Q", data, 0x28)
shentsize, shnum = struct.unpack_from("<HH", data, 0x3a)
def hdr(i):
    return shoff + i * shentsize
if sys.argv[1] == "no-symtab":
    # No SHT_SYMTAB, and a null section that claims 2^60 bytes of
    # 1-byte entries with no data behind them.
    for i in range(shnum):
        if struct.unpack_from("<I", data, hdr(i) + 4)[0] == 2:
            struct.pack_into("<I", data, hdr(i) + 4, 1)
    struct.pack_into("<I", data, hdr(0) + 4, 8)            # SHT_NOBITS
    struct.pack_into("<Q", data, hdr(0) + 0x20, 1 << 60)   # sh_size
    struct.pack_into("<Q", data, hdr(0) + 0x38, 1)         # sh_entsize
elif sys.argv[1] == "symtab-size":
    for i in range(shnum):
        if struct.unpack_from("<I", data, hdr(i) + 4)[0] == 2:
            struct.pack_into("<Q", data, hdr(i) + 0x20, 1 << 60)
open("damaged.o", "wb").write(data)
PY
}

# Found by fuzz_inspect: a map whose BTF attribute type is a typedef chain
# that loops (libbpf's BTF parser accepts it), and a legacy map symbol
# whose offset wraps around when its size is added.
fixtures=$TESTS_DIR/bad-input/fixtures

for kind in no-symtab symtab-size btf-loop legacy-offset; do
	case $kind in
	btf-loop) cp "$fixtures/btf_typedef_loop.o" damaged.o ;;
	legacy-offset) cp "$fixtures/legacy_map_offset.o" damaged.o ;;
	*) damage "$kind" ;;
	esac
	rc=0
	timeout 60 "$IRBPF" inspect damaged.o > inspect.out 2> inspect.err || rc=$?
	[ "$rc" -le 1 ] || fail "inspect of a $kind object exited $rc: $(cat inspect.err)"
	if [ "$rc" -eq 1 ]; then
		grep -q '^irbpf: error: ' inspect.err || fail "no irbpf error: $(cat inspect.err)"
	fi
	echo "ok: $kind (exit $rc)"
done
echo PASS
