# -MD/-MF/-MT/-MP: the depfile names every input (the ones from response
# files too) and the runtime, in make syntax ninja also reads; make and
# ninja rebuild the object when an input changes; no depfile on failure.
. "$(dirname "$0")/../lib.sh"
need_bpf

bc_bpf "$TESTS_DIR/c/multi_main.c" main.bc
mkdir "dir with space"
bc_bpf "$TESTS_DIR/c/multi_lib.c" "dir with space/lib.bc"
pkt=00000000000000000000000000000102030405060708090a0b0c0d0e0f10

# Default name: the output with its suffix replaced by .d.
mkdir out
"$IRBPF" -MD main.bc "dir with space/lib.bc" -o out/prog.o
[ -f out/prog.d ] || fail "-MD wrote no out/prog.d"
printf '%s\n' 'out/prog.o: \' '  main.bc \' '  dir\ with\ space/lib.bc' >want.d
runtime=$(sed -n '4s/^  //p' out/prog.d)
if [ -n "$runtime" ]; then	# the runtime linked in, when there is one
	[[ "$runtime" == */runtime.bc ]] && [ -f "$runtime" ] ||
		fail "third dependency is not the runtime: '$runtime'"
	sed -i '$s/$/ \\/' want.d
	echo "  $runtime" >>want.d
fi
diff -u want.d out/prog.d || fail "unexpected depfile"

# -MF, -MT (escaped), -MP (an empty rule per dependency).
"$IRBPF" main.bc "dir with space/lib.bc" -o prog.o -MF deps.d -MT 'my target' -MP
head -n 1 deps.d | grep -qx 'my\\ target: \\' || fail "-MT not used: $(head -n 1 deps.d)"
grep -qx 'main.bc:' deps.d && grep -qx 'dir\\ with\\ space/lib.bc:' deps.d ||
	fail "-MP rules missing: $(cat deps.d)"
cmp -s prog.o out/prog.o || fail "-MD changed the object"

# Standard input is no file to depend on.
"$IRBPF" -MD - "dir with space/lib.bc" -o stdin.o <main.bc
! grep -q 'main.bc' stdin.d || fail "stdin listed in the depfile"

# make: the inputs come from a response file, so only the depfile tells
# make that prog.o depends on them.
printf '%s\n' 'main.bc "dir with space/lib.bc"' >inputs.rsp
cat >Makefile <<MK
prog.o: inputs.rsp
	$IRBPF -MD -MP @inputs.rsp -o \$@
-include prog.d
MK
make -s
bpfrun prog.o sum_bytes --in "$pkt" --ret 216 --map last_sum:0=1496
[ "$(make)" = "make: 'prog.o' is up to date." ] || fail "make rebuilt without a change"
sleep 1
touch "dir with space/lib.bc"
make > make.out
grep -q -- "-o prog.o" make.out || fail "make did not rebuild after lib.bc changed"
# -MP: a dependency that goes away does not break make.
echo main.bc >inputs.rsp
rm "dir with space/lib.bc"
bc_bpf "$TESTS_DIR/c/multi_lib.c" lib2.bc
echo 'main.bc lib2.bc' >inputs.rsp
make -s || fail "make failed after a dependency was removed"

# ninja reads the same depfile (deps = gcc).
if command -v ninja >/dev/null; then
	mkdir nj
	cp main.bc lib2.bc nj/
	echo 'main.bc lib2.bc' >nj/inputs.rsp
	cat >nj/build.ninja <<NJ
rule irbpf
  command = $IRBPF -MD -MF \$out.d @\$in -o \$out
  depfile = \$out.d
  deps = gcc
build prog.o: irbpf inputs.rsp
NJ
	ninja -C nj >/dev/null
	# Into files: with pipefail, grep -q ending early fails ninja on SIGPIPE.
	ninja -C nj -t deps prog.o >nj-deps.txt
	grep -q 'lib2.bc' nj-deps.txt || fail "ninja did not record lib2.bc"
	ninja -C nj -n >nj-plan.txt
	grep -q "no work to do" nj-plan.txt || fail "ninja: work left after a build"
	sleep 1
	touch nj/lib2.bc
	ninja -C nj -n >nj-plan.txt
	grep -q "irbpf" nj-plan.txt || fail "ninja did not rebuild after lib2.bc changed"
fi

# A failed compile writes neither object nor depfile.
echo 'this is not IR' >bad.ll
expect_error "bad.ll" "$IRBPF" -MD bad.ll -o bad.o
[ ! -e bad.o ] && [ ! -e bad.d ] || fail "failed compile left bad.o or bad.d"
expect_error "needs -MF" "$IRBPF" -MD main.bc -o -
expect_error "missing argument to '-MF'" "$IRBPF" main.bc -o x.o -MF
echo PASS
