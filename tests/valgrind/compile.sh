# irbpf under valgrind on a few end-to-end runs: no invalid reads or
# writes, no use of uninitialised values, no leak of irbpf's own memory.
# tests/sanitizers/valgrind.supp hides only LLVM's memory held at exit,
# valgrind-bpf.supp valgrind's false reports on bpf(2) attributes.
. "$(dirname "$0")/../lib.sh"

. "$TESTS_DIR/valgrind/helpers.bash"

# expect RC CMD...: CMD exits RC (99: valgrind found errors).
expect() {
	local want=$1 rc=0
	shift
	vg "$@" >out.txt 2>err.txt || rc=$?
	[ "$rc" -eq "$want" ] || { cat err.txt >&2; fail "'$*' exited $rc under valgrind, expected $want"; }
	echo "ok: $*"
}

bc_bpf "$TESTS_DIR/c/xdp_count.c" xdp.bc
bc_host "$TESTS_DIR/metadata/annotated_maps.c" host.bc
expect 0 "$IRBPF" xdp.bc -o xdp.o
expect 0 "$IRBPF" --map-format=legacy host.bc -o host.o
expect 0 "$IRBPF" "$TESTS_DIR/c/socket_filter.ll" -o sf.o
# An archive: a member embedding its bitcode in .llvmbc, one left out.
"$CLANG" -target bpf "${BPF_CFLAGS[@]}" -fembed-bitcode -c "$TESTS_DIR/c/multi_lib.c" -o lib.o
bc_bpf "$TESTS_DIR/c/multi_main.c" main.bc
"$LLVM_TOOLS/llvm-ar" rcs libm.a host.bc lib.o
expect 0 "$IRBPF" main.bc libm.a -o multi.o
printf 'define i32 @f( {\n' >broken.ll
expect 1 "$IRBPF" broken.ll -o broken.o
[ ! -e broken.o ] || fail "broken.o written"
expect 0 "$IRBPF" inspect --json xdp.o
expect 0 "$IRBPF" inspect host.o
# verify loads the object when bpf() is permitted, and skips otherwise.
rc=0
"$BPFRUN" --probe || rc=$?
if [ "$rc" -eq 0 ]; then
	expect 0 "$IRBPF" verify xdp.o
fi
echo PASS
