# Program-level mistakes: unknown section, no entry point, no licence,
# GPL-only helper under a proprietary licence, unknown helper number.
. "$(dirname "$0")/lib.bash"

src sec <<C
__attribute__((section("sockett"))) int prog(void *ctx) { return 0; }
$LIC
C
bc_bpf sec.c sec.bc
bad "^irbpf: error: sec\.bc: unknown section 'sockett' in function 'prog' \(sec\.c:1\); did you mean 'socket'\?$" sec.bc

src noentry <<C
int f(int x) { return x + 1; }
$LIC
C
bc_bpf noentry.c noentry.bc
bad "^irbpf: error: noentry\.bc: no program entry point" noentry.bc

src nolic <<C
$SOCK int prog(void *ctx) { return 0; }
C
bc_bpf nolic.c nolic.bc
bad "^irbpf: error: nolic\.bc: no licence: the program has no 'license' section" nolic.bc

src gpl <<C
$SOCK int prog(void *ctx) { char f[] = "hi"; return ((long (*)(const char *, int, ...))6)(f, sizeof(f)); }
char LICENSE[] __attribute__((section("license"))) = "Proprietary";
C
bc_bpf gpl.c gpl.bc
bad "^irbpf: error: gpl\.bc: GPL-only helper 'bpf_trace_printk' called from 'prog' \(gpl\.c:1:[0-9]+\) needs a GPL-compatible licence; the program's licence is 'Proprietary'$" gpl.bc

src helper <<C
$SOCK int prog(void *ctx) { return ((long (*)(void))99999)(); }
$LIC
C
bc_bpf helper.c helper.bc
bad "^irbpf: error: helper\.bc: call of unknown BPF helper 99999 in function 'prog' \(helper\.c:1:[0-9]+\): the kernel's helpers are numbered 1 to [0-9]+" helper.bc
echo PASS
