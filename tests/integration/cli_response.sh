# @FILE response files: quoting, nesting, a long input list; the result is
# the same object as with the arguments on the command line, and it runs.
. "$(dirname "$0")/../lib.sh"
need_bpf

bc_bpf "$TESTS_DIR/c/multi_main.c" main.bc
mkdir "dir with space"
bc_bpf "$TESTS_DIR/c/multi_lib.c" "dir with space/lib.bc"
"$IRBPF" main.bc "dir with space/lib.bc" -o direct.o

# GCC rules: white space separates, quotes group, backslash escapes.
printf '%s\n' 'main.bc "dir with space/lib.bc"' >quoted.rsp
printf '%s\n' "main.bc 'dir with space/lib.bc'" >single.rsp
printf '%s\n' 'main.bc dir\ with\ space/lib.bc -o' 'from-rsp.o' >escaped.rsp
printf '%s\n' '@quoted.rsp' >nested.rsp
"$IRBPF" @quoted.rsp -o quoted.o
"$IRBPF" @single.rsp -o single.o
"$IRBPF" @escaped.rsp
"$IRBPF" @nested.rsp -o nested.o
for o in quoted.o single.o from-rsp.o nested.o; do
	cmp -s direct.o "$o" || fail "$o differs from the object linked without a response file"
done
pkt=00000000000000000000000000000102030405060708090a0b0c0d0e0f10
bpfrun nested.o sum_bytes --in "$pkt" --ret 216 --map last_sum:0=1496

# A long list, as build systems write it: 300 more modules.
for i in $(seq 1 300); do
	echo "define i32 @g$i(i32 %x) { ret i32 %x }" >"m$i.ll"
	echo "m$i.ll"
done >many.rsp
"$IRBPF" main.bc "dir with space/lib.bc" @many.rsp -o many.o
bpfrun many.o sum_bytes --in "$pkt" --ret 216

expect_error "cannot read response file 'missing.rsp'" "$IRBPF" @missing.rsp -o x.o
echo '@loop.rsp' >loop.rsp
expect_error "response file 'loop.rsp' includes itself" "$IRBPF" @loop.rsp -o x.o
[ ! -e x.o ] || fail "failed run left x.o"
echo PASS
