# Bitcode from clang 19 (older than irbpf's LLVM) compiles in process,
# with the LLVM irbpf is built with, and the objects run.
. "$(dirname "$0")/../lib.sh"
. "$TESTS_DIR/llvm/lib.bash"
need_clang19
need_bpf

bc_with "$CLANG19" "$TESTS_DIR/c/xdp_count.c" xdp19.bc
compiled_with "$IRBPF" '\(built in\)$' xdp19.bc -o xdp19.o
run_xdp_count xdp19.o

# With a module from irbpf's own clang: the newest producer decides, and
# that is still irbpf's LLVM.
bc_with "$CLANG19" "$TESTS_DIR/c/multi_main.c" main19.bc
bc_bpf "$TESTS_DIR/c/multi_lib.c" lib.bc
compiled_with "$IRBPF" '\(built in\)$' main19.bc lib.bc -o multi.o
run_multi multi.o
echo PASS
