# ELF objects that carry their bitcode in .llvmbc (clang -fembed-bitcode),
# alone and as members of a static library.
. "$(dirname "$0")/../lib.sh"
. "$TESTS_DIR/inputs/lib.bash"
need_bpf

# embed NAME CLANG-ARGS...: NAME.o from tests/inputs/ar_NAME.c
embed() {
	local name=$1
	shift
	"$CLANG" "${BPF_CFLAGS[@]}" "$@" -fembed-bitcode -c "$TESTS_DIR/inputs/ar_$name.c" \
		-o "$name.o"
}

# Host-target objects, as a C build with -fembed-bitcode makes them.
for m in prog scale offset; do
	embed $m
done
"$LLVM_TOOLS/llvm-readelf" -S prog.o > sections.txt
grep -q '\.llvmbc' sections.txt || fail "clang put no .llvmbc in prog.o"
"$IRBPF" prog.o scale.o offset.o -o host.o
run_prog host.o

# A static library of such objects next to the program's object.
"$LLVM_AR" rcs libembed.a offset.o scale.o
"$IRBPF" prog.o libembed.a -o lib.o
run_prog lib.o
cmp host.o lib.o || fail "the same modules from an archive compile differently"

# BPF-target objects: clang's own object code is ignored, the bitcode used.
embed prog -target bpf
"$IRBPF" prog.o libembed.a -o bpf.o
run_prog bpf.o
echo PASS
