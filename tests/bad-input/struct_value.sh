# A struct returned or passed by value to a function that is not inlined.
. "$(dirname "$0")/lib.bash"

src sret <<C
struct big { long a, b, c, d; };
__attribute__((noinline)) struct big make(long x) { struct big b = { x, x + 1, x + 2, x + 3 }; return b; }
$SOCK int prog(long *ctx) { struct big b = make(*ctx); return (int)(b.a + b.d); }
$LIC
C
bc_bpf sret.c sret.bc
bad "^irbpf: error: sret\.bc: aggregate returns are not supported \(in function 'make', sret\.c:2\): return the struct through a pointer" sret.bc

src byval <<C
struct big { long a, b, c, d, e, f; };
__attribute__((noinline)) long use(struct big b) { return b.a + b.f; }
$SOCK int prog(long *ctx) { struct big b = { ctx[0], 0, 0, 0, 0, ctx[1] }; return (int)use(b); }
$LIC
C
bc_bpf byval.c byval.bc
bad "^irbpf: error: byval\.bc: 'prog' passes a struct by value to 'use' \(byval\.c:3:[0-9]+\): .*pass a pointer" byval.bc
echo PASS
