# A crash inside LLVM (its readers are not hardened against every
# malformed module) ends as one irbpf error line and exit 1, with no
# output written. Sanitizer builds let the sanitizer report instead.
. "$(dirname "$0")/lib.bash"

ldd "$IRBPF" > ldd.out
if grep -q 'libasan\|libclang_rt.asan' ldd.out; then exit 77; fi

# A mutated bitcode file on which LLVM 22's metadata loader crashes.
cp "$TESTS_DIR/bad-input/fixtures/reader_crash.bc" .
bad "^irbpf: error: (internal error in LLVM while reading reader_crash\.bc \(SIGSEGV\)|reader_crash\.bc: invalid)" \
	reader_crash.bc
[ "$(wc -l < "$WORK/stderr")" -eq 1 ] || fail "more than one line: $(cat "$WORK/stderr")"

# A mutated module on which LLVM 22's code generator reads a size from
# memory it does not own: 138 TB for operator new in a position-independent
# irbpf, a wild pointer in a fixed-address one.
cp "$TESTS_DIR/bad-input/fixtures/huge_alloc.ll" .
bad "^irbpf: error: ((out of memory|internal error) in LLVM while running the 'codegen' stage for huge_alloc\.ll|huge_alloc\.ll: )" \
	huge_alloc.ll
[ "$(wc -l < "$WORK/stderr")" -eq 1 ] || fail "more than one line: $(cat "$WORK/stderr")"

# operator new failing inside LLVM would otherwise end in std::terminate,
# which prints its own message first: a 40 MB string constant under
# address-space limits between "irbpf cannot read it" and "it fits".
python3 -c "n = 40 << 20; print('@s = global [%d x i8] c\"%s\"' % (n, 'a' * n))" > big.ll
oom=0
for limit in 160 180 200 220 240 260 280; do
	rc=0
	(ulimit -v $((limit << 10)) && exec "$IRBPF" big.ll -o big.o) 2> big.err || rc=$?
	[ "$rc" -eq 1 ] && [ "$(wc -l < big.err)" -eq 1 ] && grep -q '^irbpf: error: ' big.err ||
		fail "under ${limit} MB: exit $rc, $(cat big.err)"
	grep -qx "irbpf: error: out of memory in LLVM while reading big.ll" big.err && oom=1
done
[ "$oom" = 1 ] || fail "no limit made LLVM's operator new fail"
[ ! -e big.o ] || fail "big.o written"
rm -f big.ll

# The handler itself, whatever LLVM does: a SIGSEGV while irbpf reads its
# standard input from a pipe that stays open.
mkfifo pipe
exec 3<>pipe
printf 'previous output\n' > out.o
sum=$(sha256sum < out.o)
"$IRBPF" - -o out.o < pipe 2> stderr &
pid=$!
for _ in $(seq 100); do
	[ "$(readlink "/proc/$pid/exe" 2>/dev/null)" = "$(readlink -f "$IRBPF")" ] &&
		grep -q '^State:.*S (sleeping)' "/proc/$pid/status" && break
	sleep 0.05
done
kill -SEGV "$pid"
rc=0
wait "$pid" || rc=$?
exec 3>&-
[ "$rc" -eq 1 ] || fail "exit $rc after SIGSEGV, expected 1: $(cat stderr)"
[ "$(cat stderr)" = "irbpf: error: internal error in LLVM while reading <stdin> (SIGSEGV)" ] ||
	fail "unexpected message: $(cat stderr)"
[ "$(sha256sum < out.o)" = "$sum" ] || fail "out.o changed"
no_temp_files .
echo PASS
