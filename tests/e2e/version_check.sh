# Bitcode from a newer LLVM than irbpf's and every libLLVM it may use is
# refused up front, naming both versions.
. "$(dirname "$0")/../lib.sh"

bc_bpf "$TESTS_DIR/c/xdp_count.c" xdp.bc
python3 "$TESTS_DIR/tools/set_producer.py" xdp.bc future.bc 99 1
expect_error "future.bc was produced by LLVM 99\.1; no LLVM >= 99\.1 found \(built with [0-9]+\.[0-9]+;" \
	"$IRBPF" future.bc -o out.o
[ ! -e out.o ] || fail "output written despite the error"

# Same major, later minor is also newer.
python3 "$TESTS_DIR/tools/set_producer.py" xdp.bc minor.bc 22 9
expect_error "minor.bc was produced by LLVM 22\.9; no LLVM >= 22\.9 found" "$IRBPF" minor.bc -o out.o

# Older or equal producers are read as usual.
python3 "$TESTS_DIR/tools/set_producer.py" xdp.bc older.bc 21 1
"$IRBPF" older.bc -o older.o
echo PASS
