# --llvm PATH and IRBPF_LLVM: the compile runs in irbpf-llvm-run with that
# libLLVM (a file, or a directory holding one); -v names it. Debian's
# libLLVM of irbpf's own release writes the very object irbpf does.
. "$(dirname "$0")/../lib.sh"
. "$TESTS_DIR/llvm/lib.bash"
need_bpf
major=$("$IRBPF" --version | sed -n '1s/.*(LLVM \([0-9]*\)\..*/\1/p')
dir=$(debian_lib "$major")
lib=$(realpath "$dir"/libLLVM.so.*.*)

bc_bpf "$TESTS_DIR/c/xdp_count.c" xdp.bc
"$IRBPF" xdp.bc -o own.o
for how in "--llvm=$dir" "--llvm=$lib" "--llvm $dir" env; do
	rm -f lib.o
	if [ "$how" = env ]; then
		IRBPF_LLVM=$dir compiled_with "$IRBPF" " from $(re "$lib")$" xdp.bc -o lib.o
	else
		# shellcheck disable=SC2086 # "--llvm DIR" is two arguments
		compiled_with "$IRBPF" " from $(re "$lib")$" $how xdp.bc -o lib.o
	fi
	cmp -s own.o lib.o || fail "$how: the object differs from the built-in LLVM's"
	run_xdp_count lib.o
done

# Standard input is read once to learn its producer, and again by the
# process that compiles: through a pipe, both ways.
cat xdp.bc | "$IRBPF" - -o pipe.o
cmp -s own.o pipe.o || fail "stdin through the built-in LLVM differs"
cat xdp.bc | "$IRBPF" --llvm="$dir" - -o pipe-lib.o
cmp -s own.o pipe-lib.o || fail "stdin through a libLLVM differs"
"$IRBPF" --llvm="$dir" - -o file-lib.o <xdp.bc
cmp -s own.o file-lib.o || fail "stdin from a file through a libLLVM differs"

# An archive of bitcode, read again by irbpf-core.so.
"$LLVM_TOOLS/llvm-ar" rc xdp.a xdp.bc
"$IRBPF" --llvm="$dir" xdp.a -o archive.o
run_xdp_count archive.o

# Response files and options reach the compile unchanged.
printf -- '-mcpu=v2\n-O1\n' >opts.rsp
"$IRBPF" @opts.rsp xdp.bc -o v2.o
"$IRBPF" --llvm="$dir" @opts.rsp xdp.bc -o v2-lib.o
cmp -s v2.o v2-lib.o || fail "@file options lost on the way to the libLLVM"

# Errors: no libLLVM there; one too old for the input (clang-19's, if
# installed, for bitcode of irbpf's clang).
mkdir -p empty
expect_error "no libLLVM at '$WORK/empty' \\(given by --llvm\\)$" "$IRBPF" --llvm="$WORK/empty" xdp.bc -o out.o
IRBPF_LLVM=$WORK/empty expect_error "given by IRBPF_LLVM" "$IRBPF" xdp.bc -o out.o
[ ! -e out.o ] || fail "output written despite the error"
if [ -e /usr/lib/llvm-19/lib/libLLVM.so.19.1 ] && [ "$major" -gt 19 ]; then
	old=$(realpath /usr/lib/llvm-19/lib/libLLVM.so.19.1)
	expect_error "^irbpf: error: xdp\\.bc was produced by LLVM $major\\.[0-9]+; the LLVM given by --llvm \\($old\\) is 19\\.1$" \
		"$IRBPF" --llvm=/usr/lib/llvm-19/lib xdp.bc -o out.o
	# clang-19 bitcode is readable there. A program that needs nothing of
	# irbpf's runtime compiles; one that calls a helper by name needs the
	# runtime, which (from irbpf's own clang) is not readable: said so,
	# before LLVM reads it.
	need_clang19
	bc_with "$CLANG19" "$TESTS_DIR/c/xdp_count.c" xdp19.bc
	"$IRBPF" --llvm=/usr/lib/llvm-19/lib xdp19.bc -o xdp19.o
	run_xdp_count xdp19.o
	cat > helpers19.c <<'C'
long bpf_ktime_get_ns(void);
__attribute__((section("xdp"))) int prog(void *ctx) { return (int)bpf_ktime_get_ns() & 1; }
char LICENSE[] __attribute__((section("license"))) = "GPL";
C
	bc_with "$CLANG19" helpers19.c helpers19.bc
	expect_error "runtime\\.bc was produced by LLVM $major\\.[0-9]+ but irbpf uses LLVM 19\\.1" \
		"$IRBPF" --llvm=/usr/lib/llvm-19/lib helpers19.bc -o out.o
	grep -q "^irbpf: note: use an LLVM >= the runtime's, or --runtime" "$WORK/stderr" ||
		fail "no advice after the runtime error: $(cat "$WORK/stderr")"
	[ ! -e out.o ] || fail "output written despite the error"
fi
echo PASS
