# Bitcode from a newer LLVM than irbpf's, with no libLLVM that new where
# irbpf is told to look.
. "$(dirname "$0")/lib.bash"

src prog <<C
$SOCK int prog(void *ctx) { return 0; }
$LIC
C
bc_bpf prog.c prog.bc
read -r major minor < <("$CLANG" --version | sed -n 's/.*version \([0-9]*\)\.\([0-9]*\).*/\1 \2/p' | head -n 1)
python3 "$TESTS_DIR/tools/set_producer.py" prog.bc x.bc $((major + 1)) "$minor"
mkdir -p nolib
IRBPF_LLVM_PATH=$WORK/nolib bad "^irbpf: error: x\.bc was produced by LLVM $((major + 1))\.$minor; no LLVM >= $((major + 1))\.$minor found " x.bc
echo PASS
