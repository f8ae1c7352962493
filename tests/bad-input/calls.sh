# Calls BPF cannot make: six arguments, a function pointer, recursion.
. "$(dirname "$0")/lib.bash"

src six <<C
__attribute__((noinline)) int six(int a, int b, int c, int d, int e, int f) { return a + b + c + d + e + f; }
$SOCK int prog(int *c) { return six(c[0], c[1], c[2], c[3], c[4], c[5]); }
$LIC
C
bc_bpf six.c six.bc
bad "^irbpf: error: six\.bc: stack arguments are not supported \(in function 'six', six\.c:1\): BPF functions take at most 5 arguments; pass a pointer to a struct" six.bc

src indirect <<C
int (*fp)(int);
$SOCK int prog(void *ctx) { return fp((int)(long)ctx); }
$LIC
C
bc_bpf indirect.c indirect.bc
bad "^irbpf: error: indirect\.bc: indirect call in function 'prog' \(indirect\.c:2:[0-9]+\): .*call the function directly$" indirect.bc

src recur <<C
__attribute__((noinline)) int fib(int n) { return n <= 1 ? n : fib(n - 1) + fib(n - 2); }
$SOCK int prog(int *ctx) { return fib(*ctx); }
$LIC
C
bc_bpf recur.c recur.bc
bad "^irbpf: error: recur\.bc: recursive call of 'fib' in function 'fib' \(recur\.c:1:[0-9]+\): .*loop" recur.bc
echo PASS
