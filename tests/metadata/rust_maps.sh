# Stable rustc's host-target bitcode with full debug info: the annotated map
# becomes a BTF map with its shape in the kernel, the program runs, and the
# kernel accepts the sanitised BTF (which it refuses from llc directly).
. "$(dirname "$0")/../lib.sh"
command -v rustc >/dev/null || { echo "SKIP: no rustc"; exit 77; }

rustc --edition 2021 --crate-type=staticlib -C opt-level=2 -C panic=abort -C lto=fat \
	-C codegen-units=1 -g --emit=llvm-bc -o prog.bc "$TESTS_DIR/metadata/rust_maps.rs"
"$IRBPF" prog.bc -o prog.o
"$IRBPF" inspect --json prog.o > prog.json
grep -q '"name": "COUNTS"' prog.json && grep -q '"definition": "btf"' prog.json ||
	fail "COUNTS is not a BTF map: $(cat prog.json)"
bpftool btf dump file prog.o > prog.btf
grep -q "STRUCT 'Wrapper_u32_'" prog.btf || fail "no sanitised Wrapper<u32> in the BTF"

need_bpf
bpfrun prog.o prog --in-size 20 --repeat 2 --ret 12 --map COUNTS:1=24 \
	--map-info COUNTS:array:4:8:4
echo PASS
