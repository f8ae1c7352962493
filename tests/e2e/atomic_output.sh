# On any error the previous output is untouched and nothing is left over.
. "$(dirname "$0")/../lib.sh"

bc_bpf "$TESTS_DIR/c/xdp_count.c" good.bc
"$IRBPF" good.bc -o out.o
sum=$(sha256sum out.o)

printf 'garbage\n' > bad.ll
expect_error "bad.ll:1:1" "$IRBPF" bad.ll -o out.o
[ "$(sha256sum out.o)" = "$sum" ] || fail "output changed after a failed run"
no_temp_files .

expect_error "cannot write output 'nodir/out.o'" "$IRBPF" good.bc -o nodir/out.o
no_temp_files .

# Rebuilding the same input gives the same bytes.
"$IRBPF" good.bc -o again.o
cmp out.o again.o || fail "output not reproducible"
echo PASS
