# Common failures end with one "irbpf: error:" line, exit 1, no output.
. "$(dirname "$0")/../lib.sh"

expect_error "missing.bc: cannot read input" "$IRBPF" missing.bc -o out.o
: > empty.bc
expect_error "empty.bc: empty input file" "$IRBPF" empty.bc -o out.o
printf 'BC\xc0\xde\x35\x14\x00\x00' > trunc.bc
expect_error "trunc.bc" "$IRBPF" trunc.bc -o out.o
expect_error "invalid value 'v9' for -mcpu" "$IRBPF" -mcpu=v9 x.bc -o out.o
expect_error "invalid optimisation level '-O7'" "$IRBPF" -O7 x.bc -o out.o
expect_error "no output file" "$IRBPF" x.bc

cat > undef.c <<'C'
int helper_that_does_not_exist(int);
__attribute__((section("socket"))) int prog(void *ctx) { return helper_that_does_not_exist(1); }
char LICENSE[] __attribute__((section("license"))) = "GPL";
C
bc_bpf undef.c undef.bc
expect_error "undefined symbol 'helper_that_does_not_exist' referenced from 'prog' \(undef\.c:2:[0-9]+\)" \
	"$IRBPF" undef.bc -o out.o

cat > noentry.c <<'C'
int f(int x) { return x + 1; }
C
bc_bpf noentry.c noentry.bc
expect_error "no program entry point" "$IRBPF" noentry.bc -o out.o

cat > args.c <<'C'
__attribute__((noinline)) int six(int a, int b, int c, int d, int e, int f) { return a + b + c + d + e + f; }
__attribute__((section("socket"))) int prog(void *ctx) { return six(1, 2, 3, 4, 5, (int)(long)ctx); }
char LICENSE[] __attribute__((section("license"))) = "GPL";
C
bc_bpf args.c args.bc -O0
expect_error "(too many arguments|stack arguments are not supported).*in function '(prog|six)'.*args\.c:[12]" "$IRBPF" -O0 args.bc -o out.o

cat > dup.c <<'C'
int checksum(const unsigned char *p, int n) { return n; }
C
bc_bpf dup.c dup.bc
bc_bpf "$TESTS_DIR/c/multi_lib.c" lib.bc
bc_bpf "$TESTS_DIR/c/multi_main.c" main.bc
expect_error "dup.bc.*checksum" "$IRBPF" main.bc lib.bc dup.bc -o out.o

[ ! -e out.o ] || fail "an output file was written"
no_temp_files .
echo PASS
