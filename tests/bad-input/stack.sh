# More than 512 bytes of stack; a variable-length array.
. "$(dirname "$0")/lib.bash"

src big <<C
$SOCK int prog(void *ctx) { volatile char buf[600]; buf[0] = 1; buf[599] = 2; return buf[(long)ctx & 511]; }
$LIC
C
bc_bpf big.c big.bc
bad "^irbpf: error: big\.bc: the stack exceeds BPF's 512 bytes \(in function 'prog', big\.c:1(:[0-9]+)?\): move large local variables into a per-CPU array map$" big.bc

src vla <<C
$SOCK int prog(int *ctx) { int n = *ctx & 15; volatile char buf[n + 1]; buf[0] = 1; return buf[n]; }
$LIC
C
bc_bpf vla.c vla.bc
bad "^irbpf: error: vla\.bc: unsupported dynamic stack allocation \(in function 'prog', vla\.c:1:[0-9]+\): give the array a constant size$" vla.bc
echo PASS
