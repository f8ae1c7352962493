# What host-target C can say and BPF cannot: x86 inline assembly, a
# thread-local variable.
. "$(dirname "$0")/lib.bash"

src asm <<C
$SOCK int prog(void *ctx) { unsigned x; __asm__ volatile("rdtsc" : "=a"(x) :: "rdx"); return x; }
$LIC
C
bc_host asm.c asm.bc
bad "^irbpf: error: asm\.bc: inline assembly for x86_64-[a-z-]+ in function 'prog' \(asm\.c:1:[0-9]+\) cannot run on BPF" asm.bc

src tls <<C
__thread int counter;
$SOCK int prog(void *ctx) { return ++counter; }
$LIC
C
bc_host tls.c tls.bc
bad "^irbpf: error: tls\.bc: thread-local variable 'counter' \(tls\.c:1\): BPF has no thread-local storage; use a per-CPU array map$" tls.bc
echo PASS
