# A variadic function that stays a call.
. "$(dirname "$0")/lib.bash"

src va <<C
__attribute__((noinline)) int sum(int n, ...) { __builtin_va_list ap; __builtin_va_start(ap, n); int s = __builtin_va_arg(ap, int); __builtin_va_end(ap); return s + n; }
$SOCK int prog(void *ctx) { return sum(1, (int)(long)ctx); }
$LIC
C
bc_bpf va.c va.bc
bad "^irbpf: error: va\.bc: variadic function 'sum' \(va\.c:1\): BPF has no variable argument lists; give it fixed parameters$" va.bc
[ "$(wc -l < "$WORK/stderr")" -eq 1 ] || fail "more than one line: $(cat "$WORK/stderr")"
echo PASS
