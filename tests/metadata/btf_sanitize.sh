# Debug info the kernel's BTF checks reject (Rust-style names, a named
# pointer, UTF char, zero-sized (), an enum variant part, a name over 127
# characters, '$' in a symbol, members out of offset order) is sanitised: the kernel accepts the BTF of
# the output, while llc's object from the same IR has its BTF refused.
. "$(dirname "$0")/../lib.sh"
LL=$TESTS_DIR/metadata/sanitize.ll

"$IRBPF" "$LL" -o san.o
"$IRBPF" -g "$LL" -o san_g.o
bpftool btf dump file san.o > san.btf
python3 - san.btf <<'PY'
import re, sys
text = open(sys.argv[1]).read()
names = re.findall(r"^\s*(?:\[\d+\] (\w+) )?'([^']*)'", text, re.M)
for kind, name in names:
    if name == "(anon)" or kind == "DATASEC":
        continue
    assert re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name), "invalid BTF name %r" % name
    assert len(name) <= 127, "name too long: %r" % name
for want in ["STRUCT 'Pair_u32___str_'", "STRUCT 'Option_u32_'", "FUNC 'total_u32_'",
             "INT 'char' size=4", "STRUCT '__' size=0", "ENUM 'demo__Mode'",
             "'Mode__Fast' val=0", "'Slow_1' val=1", "UNION '(anon)' size=8 vlen=3",
             "VAR '_ZN4demo7COUNTER_LT_u64_GT_17h0123456789abcdefE'"]:
    assert want in text, "missing %s" % want
pair = text.split("STRUCT 'Pair_u32___str_'")[1].split("\n[")[0]
offsets = [int(o) for o in re.findall(r"bits_offset=(\d+)", pair)]
assert offsets == sorted(offsets) and len(offsets) == 7, pair
long = [n for _, n in names if n.startswith("core__iter")]
assert len(long) == 1 and len(long[0]) == 127 and re.search(r"_[0-9a-f]{16}$", long[0]), long
assert not re.search(r"PTR '[^(]", text), "a pointer type kept its name"
print("BTF names ok:", len(names))
PY

# C debug info is valid BTF already and passes through as it is: the same
# types and names as in clang's own object (type ids may be numbered
# differently).
norm() {
	bpftool btf dump file "$1" | sed -E 's/^\[[0-9]+\] //; s/(ret_)?type_id=[0-9]+//g' | sort
}
srcs=("$TESTS_DIR/c/xdp_count.c")
[ -f "$VMLINUX_DIR/vmlinux.h" ] && srcs+=("$TESTS_DIR/c/core_task.c")
for src in "${srcs[@]}"; do
	name=$(basename "$src" .c)
	bc_bpf "$src" "$name.bc"
	"$IRBPF" "$name.bc" -o "$name.o"
	obj_clang "$src" "${name}_clang.o"
	norm "$name.o" > "$name.btf"
	norm "${name}_clang.o" > "${name}_clang.btf"
	[ "$(wc -l < "$name.btf")" -gt 10 ] || fail "$name: too little BTF"
	cmp "$name.btf" "${name}_clang.btf" || fail "$name: BTF differs from clang's: $(diff "$name.btf" "${name}_clang.btf" | head -5)"
	echo "ok: $name BTF as clang's"
done

# Only debug info that is not clang's C is walked.
"$IRBPF" -v xdp_count.bc -o v.o 2>v.log
grep -q "debug info from clang's C: nothing to fix" v.log || fail "clang's C debug info was walked"
"$IRBPF" -v "$LL" -o v2.o 2>v2.log
grep -q "debug-info fixes for the kernel's BTF rules" v2.log || fail "sanitize.ll was not walked"

need_bpf
bpfrun san.o prog --in-size 64 --ret 42
bpfrun san_g.o prog --in-size 64 --ret 42

# Without the sanitiser (llc on the same IR) the kernel refuses the BTF.
"$LLVM_TOOLS/llc" -march=bpfel -mcpu=v3 -filetype=obj "$LL" -o raw.o
! "$BPFRUN" raw.o prog --in-size 64 > raw.out 2>&1 || fail "kernel accepted unsanitised BTF"
grep -q "rejected the BTF" raw.out || fail "unexpected failure: $(tail -2 raw.out)"

# clang's names for static locals ("func.var") are valid BTF variable
# names and stay as they are.
cat > statics.c <<'C'
__attribute__((section("socket"))) int prog(void *ctx)
{
	static volatile int calls;
	return ++calls;
}
char LICENSE[] __attribute__((section("license"))) = "GPL";
C
bc_bpf statics.c statics.bc
"$IRBPF" statics.bc -o statics.o
bpftool btf dump file statics.o > statics.btf
grep -q "VAR 'prog.calls'" statics.btf || fail "static local renamed"
bpfrun statics.o prog --in-size 64 --repeat 2 --ret 2
echo PASS
