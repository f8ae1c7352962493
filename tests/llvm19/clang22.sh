# irbpf built against LLVM 19 compiles bitcode from irbpf's clang (a newer
# LLVM than its own) with Debian's libLLVM of that release, found at run
# time; clang-19 bitcode stays in process; a mix takes the newest.
. "$(dirname "$0")/../lib.sh"
. "$TESTS_DIR/llvm19/lib.bash"
need_bpf
major=$("$IRBPF" --version | sed -n '1s/.*(LLVM \([0-9]*\)\..*/\1/p')
lib=$(realpath "$(debian_lib "$major")"/libLLVM.so.*.*)
from_lib="^irbpf: LLVM $major\.[0-9.]+ from $(re "$lib")$"

bc_bpf "$TESTS_DIR/c/xdp_count.c" xdp.bc
compiled_with "$IRBPF19" "$from_lib" xdp.bc -o xdp.o
run_xdp_count xdp.o

need_clang19
bc_with "$CLANG19" "$TESTS_DIR/c/xdp_count.c" xdp19.bc
compiled_with "$IRBPF19" '^irbpf: LLVM 19\.[0-9.]+ \(built in\)$' xdp19.bc -o xdp19.o
run_xdp_count xdp19.o

bc_with "$CLANG19" "$TESTS_DIR/c/multi_main.c" main19.bc
bc_bpf "$TESTS_DIR/c/multi_lib.c" lib.bc
compiled_with "$IRBPF19" "$from_lib" main19.bc lib.bc -o multi.o
run_multi multi.o

# Host-target bitcode with debug info goes through the same stages.
bc_host "$TESTS_DIR/c/xdp_count.c" host.bc
"$IRBPF19" host.bc -o host.o
run_xdp_count host.o
echo PASS
