# Shared by the inputs tests (sourced after ../lib.sh): the archive test
# program as bitcode, one module per source.
LLVM_AR=$LLVM_TOOLS/llvm-ar

# members [CLANG-ARGS...]: prog.bc scale.bc offset.bc unused.bc map.bc
# from tests/inputs/ar_*.c, for the BPF target unless the arguments say
# otherwise.
members() {
	local m args=("$@")
	[ $# -gt 0 ] || args=(-target bpf)
	for m in prog scale offset unused map; do
		"$CLANG" "${BPF_CFLAGS[@]}" "${args[@]}" -emit-llvm -c \
			"$TESTS_DIR/inputs/ar_$m.c" -o "$m.bc"
	done
}

# run_prog OBJ: ar_prog on a 20-byte packet, of which skb->len counts the
# 6 bytes after the Ethernet header: offset(scale(6)) = 6*3+7.
run_prog() {
	bpfrun "$1" ar_prog --in-size 20 --ret 25 --map result:0=25
}

# has_symbol OBJ NAME: the object's symbol table has NAME.
has_symbol() {
	"$LLVM_TOOLS/llvm-nm" "$1" > "$WORK/nm.txt"
	grep -qw "$2" "$WORK/nm.txt"
}
