# 128-bit division and remainder, from host-target C and from .ll.
. "$(dirname "$0")/lib.bash"

src div <<C
$SOCK int prog(unsigned long *ctx) { unsigned __int128 a = ((unsigned __int128)ctx[0] << 64) | ctx[1]; return (int)(a / ctx[2]); }
$LIC
C
bc_host div.c div.bc
bad "^irbpf: error: div\.bc: 128-bit division in function 'prog' \(div\.c:1:[0-9]+\): BPF has no 128-bit division; use 64-bit operands$" div.bc
cat > rem.ll <<'LL'
define i32 @prog(ptr %ctx) section "socket" {
  %a = load i128, ptr %ctx
  %r = srem i128 %a, 7
  %t = trunc i128 %r to i32
  ret i32 %t
}
@LICENSE = global [4 x i8] c"GPL\00", section "license"
LL
bad "^irbpf: error: rem\.ll: 128-bit remainder in function 'prog': BPF has no 128-bit remainder" rem.ll
echo PASS
