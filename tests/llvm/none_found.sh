# Bitcode newer than every LLVM irbpf can find: one exact error naming the
# producer (and the rustc release for Rust), the places looked in, and
# what to do; exit 1 and no output file.
. "$(dirname "$0")/../lib.sh"
. "$TESTS_DIR/llvm/lib.bash"
read -r major minor < <("$IRBPF" --version | sed -n '1s/.*(LLVM \([0-9]*\)\.\([0-9]*\).*/\1 \2/p')

bc_bpf "$TESTS_DIR/c/xdp_count.c" xdp.bc
python3 "$TESTS_DIR/tools/set_producer.py" xdp.bc prog.bc 24 1
mkdir -p nolib
export IRBPF_LLVM_PATH=$WORK/nolib
printf 'previous\n' >out.o
rc=0
"$IRBPF" prog.bc -o out.o 2>err.txt || rc=$?
[ "$rc" -eq 1 ] || fail "exit status $rc"
expected="irbpf: error: prog.bc was produced by LLVM 24.1; no LLVM >= 24.1 found (built with $major.$minor; looked in $WORK/nolib); install llvm-24 or pass --llvm=PATH"
[ "$(cat err.txt)" = "$expected" ] || fail "stderr is '$(cat err.txt)', not '$expected'"
[ "$(cat out.o)" = previous ] || fail "the previous output was touched"
rm out.o

# A member of an archive is named as such.
"$LLVM_TOOLS/llvm-ar" rc lib.a prog.bc
IRBPF_LLVM_PATH=$WORK/nolib expect_error "^irbpf: error: lib\.a\(prog\.bc\) was produced by LLVM 24\.1; no LLVM >= 24\.1 found " \
	"$IRBPF" lib.a -o out.o
[ ! -e out.o ] || fail "output written despite the error"

# Where irbpf looks by default, in order.
unset IRBPF_LLVM_PATH
expect_error "^irbpf: error: prog\\.bc was produced by LLVM 24\\.1; no LLVM >= 24\\.1 found \\(built with $major\\.$minor; looked in llvm-config-N --libdir, /usr/lib/llvm-N/lib(, /usr/lib/[^;]*)?\\); install llvm-24 or pass --llvm=PATH$" \
	"$IRBPF" prog.bc -o out.o
[ ! -e out.o ] || fail "output written despite the error"

# Rust bitcode: the rustc release too, and rustc's sysroot first.
rust_bc rust.bc
python3 "$TESTS_DIR/tools/set_producer.py" rust.bc rust99.bc 99 1
release=$(sed -n 's/^release: \([0-9]*\.[0-9]*\).*/\1/p' < <(rustc -vV))
sysroot=$(rustc --print sysroot)
export IRBPF_LLVM_PATH=$WORK/nolib
expected="irbpf: error: rust99.bc was produced by LLVM 99.1 (rustc $release); no LLVM >= 99.1 found (built with $major.$minor; looked in $sysroot/lib, $WORK/nolib); install llvm-99 or pass --llvm=PATH"
rc=0
"$IRBPF" xdp.bc rust99.bc -o out.o 2>err.txt || rc=$?
[ "$rc" -eq 1 ] && [ "$(cat err.txt)" = "$expected" ] ||
	fail "exit $rc, stderr '$(cat err.txt)', not '$expected'"
[ ! -e out.o ] || fail "output written despite the error"
echo PASS
