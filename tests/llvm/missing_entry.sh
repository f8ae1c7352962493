# A library that looks like libLLVM but lacks what irbpf calls: one error
# naming a missing function and the library, exit 1, no output.
. "$(dirname "$0")/../lib.sh"
. "$TESTS_DIR/llvm/lib.bash"

mkdir -p fake
cat >fake.c <<'C'
void LLVMGetVersion(unsigned *major, unsigned *minor, unsigned *patch)
{
	*major = 99;
	*minor = 1;
	*patch = 0;
}
C
cc -shared -fPIC -Wl,-soname,libLLVM.so.99.1 fake.c -o fake/libLLVM.so.99.1
lib=$WORK/fake/libLLVM.so.99.1

bc_bpf "$TESTS_DIR/c/xdp_count.c" xdp.bc
pattern="^irbpf: error: ${lib//./\\.} has no LLVM[A-Za-z0-9]+, which irbpf calls: it is not an LLVM irbpf can use \\(release 19 or newer, with the BPF target\\)$"
expect_error "$pattern" "$IRBPF" --llvm="$WORK/fake" xdp.bc -o out.o
[ "$(wc -l <"$WORK/stderr")" -eq 1 ] || fail "more than one line: $(cat "$WORK/stderr")"
[ ! -e out.o ] || fail "output written despite the error"

# Found by the search, for bitcode only it is new enough for.
python3 "$TESTS_DIR/tools/set_producer.py" xdp.bc new.bc 99 1
IRBPF_LLVM_PATH=$WORK/fake expect_error "$pattern" "$IRBPF" new.bc -o out.o
[ ! -e out.o ] || fail "output written despite the error"
echo PASS
