# '-' as input reads standard input (bitcode or textual IR); '-o -'
# writes to standard output; both give the same bytes as with files.
. "$(dirname "$0")/../lib.sh"
need_bpf

bc_bpf "$TESTS_DIR/c/xdp_count.c" xdp.bc
"$IRBPF" xdp.bc -o file.o
"$IRBPF" - -o stdin.o <xdp.bc
"$IRBPF" xdp.bc -o - >stdout.o
"$CLANG" -target bpf "${BPF_CFLAGS[@]}" -emit-llvm -c "$TESTS_DIR/c/xdp_count.c" -o - |
	"$IRBPF" - -o - >pipe.o
for o in stdin.o stdout.o pipe.o; do
	cmp -s file.o "$o" || fail "$o differs from file.o"
done
bpfrun pipe.o count_packets --in-size 100 --repeat 3 --ret 2 --map counts:1=3

"$IRBPF" - -o ll.o <"$TESTS_DIR/c/socket_filter.ll"
bpfrun ll.o len_plus_one --in-size 64 --ret 51	# 64 - Ethernet header + 1
"$IRBPF" --emit=asm xdp.bc -o - > asm.out
grep -q 'count_packets:' asm.out || fail "--emit=asm -o - wrote no assembly"

echo 'garbage' | expect_error "^irbpf: error: <stdin>" "$IRBPF" - -o bad.o
[ ! -e bad.o ] || fail "failed run left bad.o"
expect_error "standard input \('-'\) given as input more than once" "$IRBPF" - - -o x.o
echo PASS
