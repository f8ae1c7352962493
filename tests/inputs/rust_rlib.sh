# Rust rlibs (ar archives of ELF objects carrying bitcode in .llvmbc, and
# lib.rmeta): a dependency's rlib next to the crate's bitcode supplies the
# functions the crate calls; an rlib alone is a program when its members
# define one.
. "$(dirname "$0")/../lib.sh"
. "$TESTS_DIR/inputs/lib.bash"
need_bpf
command -v rustc >/dev/null || { echo "SKIP: rustc is not installed"; exit 77; }

cat > dep.rs <<'RS'
#![no_std]
pub fn sum(v: &[u32]) -> u32 {
    v.iter().fold(0u32, |a, b| a.wrapping_add(*b))
}

#[no_mangle]
pub extern "C" fn triple(x: u32) -> u32 {
    x.wrapping_mul(3)
}
RS
cat > app.rs <<'RS'
#![no_std]
#[no_mangle]
#[link_section = "socket"]
pub extern "C" fn rust_prog(_ctx: *mut u8) -> u32 {
    dep::triple(dep::sum(&[4, 5, 5]))
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    loop {}
}
RS
rust=(rustc --edition 2021 -C panic=abort -C opt-level=2)
"${rust[@]}" --crate-type=rlib -C embed-bitcode=yes dep.rs -o libdep.rlib
"${rust[@]}" --crate-type=staticlib --emit=llvm-bc --extern dep=libdep.rlib app.rs -o app.bc

"$IRBPF" -v app.bc libdep.rlib -o app.o 2> verbose.txt
bpfrun app.o rust_prog --in-size 20 --ret 42
grep -q "libdep.rlib(lib.rmeta): .*skipped" verbose.txt ||
	fail "lib.rmeta not reported as skipped: $(grep note verbose.txt)"
grep -q "libdep.rlib(libdep\.dep\..*\.rcgu\.o): linked: defines '" verbose.txt ||
	fail "the rlib's code was not linked: $(grep note verbose.txt)"

# The program itself in an rlib.
"${rust[@]}" --crate-type=rlib -C embed-bitcode=yes --extern dep=libdep.rlib app.rs \
	-o libapp.rlib
"$IRBPF" libapp.rlib libdep.rlib -o rlibs.o
bpfrun rlibs.o rust_prog --in-size 20 --ret 42
echo PASS
