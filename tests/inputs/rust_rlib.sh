# Rust rlibs (ar archives of ELF objects carrying bitcode in .llvmbc, and
# lib.rmeta): a dependency's rlib next to the crate's bitcode supplies the
# functions the crate calls; an rlib alone is a program when its members
# define one; next to fat-LTO bitcode that holds its code, it adds nothing.
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

# A crate's fat-LTO bitcode (as cargo irbpf builds it) already holds what
# it uses of the dependency, 'triple' among it: the dependency's rlib next
# to it is not needed, and does not clash with it.
command -v cargo >/dev/null || { echo "PASS (cargo not installed: LTO case skipped)"; exit 0; }
unset CARGO_TARGET_DIR
mkdir -p crate/app/src crate/dep/src
cp dep.rs crate/dep/src/lib.rs
cp app.rs crate/app/src/lib.rs
printf '[package]\nname = "dep"\nversion = "0.1.0"\nedition = "2021"\n' > crate/dep/Cargo.toml
cat > crate/app/Cargo.toml <<'TOML'
[package]
name = "app"
version = "0.1.0"
edition = "2021"

[lib]
crate-type = ["staticlib"]

[dependencies]
dep = { path = "../dep" }

[profile.release]
lto = "fat"
panic = "abort"
codegen-units = 1
TOML
(cd crate/app && cargo rustc -q --release -- --emit=llvm-bc="$WORK/lto.bc")
"$LLVM_TOOLS/llvm-nm" lto.bc > lto_syms.txt
grep -q ' T triple$' lto_syms.txt || fail "the LTO bitcode does not define triple"
"$IRBPF" -v lto.bc crate/app/target/release/deps/libdep-*.rlib -o lto.o 2> verbose.txt
bpfrun lto.o rust_prog --in-size 20 --ret 42
grep -q "libdep-.*\.rlib(.*rcgu\.o): not needed, left out" verbose.txt ||
	fail "the dependency's rlib was linked next to LTO bitcode: $(grep note verbose.txt)"
echo PASS
