# Textual IR input, hand-written and clang-produced, mixed with bitcode.
. "$(dirname "$0")/../lib.sh"
need_bpf

"$IRBPF" "$TESTS_DIR/c/socket_filter.ll" -o sf.o
bpfrun sf.o len_plus_one --in-size 64 --ret 51 --map .bss:0=1

"$CLANG" -target bpf "${BPF_CFLAGS[@]}" -S -emit-llvm "$TESTS_DIR/c/multi_lib.c" -o lib.ll
bc_bpf "$TESTS_DIR/c/multi_main.c" main.bc
"$IRBPF" main.bc lib.ll -o multi.o
bpfrun multi.o sum_bytes --in 00000000000000000000000000000102030405060708090a0b0c0d0e0f10 \
	--ret 216
echo PASS
