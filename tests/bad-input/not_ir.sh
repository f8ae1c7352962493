# Garbage bytes and an ELF object instead of LLVM IR.
. "$(dirname "$0")/lib.bash"

head -c 512 /dev/urandom > garbage.bc
printf '\0' >> garbage.bc
bad "^irbpf: error: garbage\.bc: not LLVM bitcode \(no 'BC' signature\) and not textual IR$" garbage.bc
printf 'BC\xc0\xde\x35\x14\x00\x00' > trunc_magic.bc
bad "^irbpf: error: trunc_magic\.bc: invalid or truncated bitcode: " trunc_magic.bc
src prog <<C
$SOCK int prog(void *ctx) { return 0; }
$LIC
C
obj_clang prog.c prog.o
bad "^irbpf: error: prog\.o: an ELF object without LLVM bitcode \(no \.llvmbc section\): irbpf compiles bitcode \(clang -emit-llvm -c, or an object built with -fembed-bitcode\)" prog.o
echo PASS
