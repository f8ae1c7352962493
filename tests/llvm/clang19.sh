# Bitcode from clang 19 (older than irbpf's LLVM) compiles in process,
# with the LLVM irbpf is built with, and the objects run.
. "$(dirname "$0")/../lib.sh"
. "$TESTS_DIR/llvm/lib.bash"
need_clang19
need_bpf

bc_with "$CLANG19" "$TESTS_DIR/c/xdp_count.c" xdp19.bc
"$IRBPF" -v xdp19.bc -o xdp19.o 2>verbose.txt
llvm_used verbose.txt | grep -q '(built in)$' || fail "not compiled in process: $(llvm_used verbose.txt)"
run_xdp_count xdp19.o

# With a module from irbpf's own clang: the newest producer decides, and
# that is still irbpf's LLVM.
bc_with "$CLANG19" "$TESTS_DIR/c/multi_main.c" main19.bc
bc_bpf "$TESTS_DIR/c/multi_lib.c" lib.bc
"$IRBPF" -v main19.bc lib.bc -o multi.o 2>verbose.txt
llvm_used verbose.txt | grep -q '(built in)$' || fail "mixed inputs left the process"
run_multi multi.o
echo PASS
