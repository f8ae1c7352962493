# Bitcode from a newer LLVM than irbpf's.
. "$(dirname "$0")/lib.bash"

src prog <<C
$SOCK int prog(void *ctx) { return 0; }
$LIC
C
bc_bpf prog.c prog.bc
read -r major minor < <("$CLANG" --version | sed -n 's/.*version \([0-9]*\)\.\([0-9]*\).*/\1 \2/p' | head -n 1)
python3 "$TESTS_DIR/tools/set_producer.py" prog.bc x.bc $((major + 1)) "$minor"
bad "^irbpf: error: x\.bc was produced by LLVM $((major + 1))\.$minor but irbpf uses LLVM [0-9]+\.[0-9]+ " x.bc
echo PASS
