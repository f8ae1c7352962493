# Two inputs defining the same symbol; a symbol no input defines.
. "$(dirname "$0")/lib.bash"

src one <<C
int twice(int x) { return x; }
$SOCK int prog(void *ctx) { return twice(1); }
$LIC
C
src two <<C
int twice(int x) { return x + 1; }
C
bc_bpf one.c one.bc
bc_bpf two.c two.bc
bad "^irbpf: error: one\.bc, two\.bc: symbol 'twice' in two\.bc \(two\.c:1\) is also defined by an earlier input \(one\.c:1\)" one.bc two.bc

src undef <<C
int not_defined_anywhere(int);
$SOCK int prog(void *ctx) { return not_defined_anywhere(1); }
$LIC
C
bc_bpf undef.c undef.bc
bad "^irbpf: error: undef\.bc: undefined symbol 'not_defined_anywhere' referenced from 'prog' \(undef\.c:2:[0-9]+\)$" undef.bc
echo PASS
