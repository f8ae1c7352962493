# An llvm-ar archive of clang bitcode: the members the program needs are
# linked, also when only another member needs them; the others are left
# out, including one that would break the link.
. "$(dirname "$0")/../lib.sh"
. "$TESTS_DIR/inputs/lib.bash"
need_bpf

members
# offset.bc comes before scale.bc, which needs it: one pass would miss it.
"$LLVM_AR" rcs libhelpers.a offset.bc unused.bc map.bc scale.bc

"$IRBPF" -v prog.bc libhelpers.a -o prog.o 2> verbose.txt
run_prog prog.o
grep -q "libhelpers.a(scale.bc): linked: defines 'scale'" verbose.txt ||
	fail "scale.bc not linked for 'scale': $(grep note verbose.txt)"
grep -q "libhelpers.a(offset.bc): linked: defines 'offset'" verbose.txt ||
	fail "offset.bc not linked for 'offset': $(grep note verbose.txt)"
for m in unused map; do
	grep -q "libhelpers.a($m.bc): not needed, left out" verbose.txt ||
		fail "$m.bc not reported as left out: $(grep note verbose.txt)"
done
! has_symbol prog.o extra_map || fail "map of an unneeded member in the object"
"$IRBPF" inspect prog.o > inspect.txt
grep -q result inspect.txt || fail "inspect does not list the program's map"
! grep -q extra_map inspect.txt || fail "inspect lists the unneeded member's map"

# What linking unused.bc would do.
expect_error "symbol 'ar_prog' in unused\.bc .* is also defined by an earlier input" \
	"$IRBPF" prog.bc unused.bc -o bad.o
[ ! -e bad.o ] || fail "failed link left bad.o"

# The same program as an archive of all its modules: the members defining
# a program, a map or the licence start it, order does not matter.
"$LLVM_AR" rcs libprog.a scale.bc unused.bc offset.bc map.bc prog.bc
"$IRBPF" -v libprog.a -o all.o 2> verbose.txt
run_prog all.o
grep -q "libprog.a(unused.bc): not needed, left out" verbose.txt ||
	fail "unused.bc linked: $(grep note verbose.txt)"
has_symbol all.o extra_map || fail "the map member of an archive-only program is missing"
bpfrun all.o ar_prog --in-size 20 --ret 25 --map-info extra_map:hash:4:8:4

# From standard input, as bytes.
"$IRBPF" - -o stdin.o < libprog.a
run_prog stdin.o
cmp all.o stdin.o || fail "the archive read from stdin compiles differently"
echo PASS
