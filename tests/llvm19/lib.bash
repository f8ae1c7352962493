# Shared by the llvm19/ tests (sourced after ../lib.sh): IRBPF19, irbpf
# built against LLVM 19 by llvm19/build.
. "$TESTS_DIR/llvm/lib.bash"
: "${LLVM19_BUILD:?}"
IRBPF19=$LLVM19_BUILD/driver/irbpf
if [ ! -x "$IRBPF19" ]; then
	echo "SKIP: no irbpf built against LLVM 19 (llvm19/build did not run or was skipped)"
	exit 77
fi
