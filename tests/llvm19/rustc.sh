# irbpf built against LLVM 19 compiles stable rustc's bitcode (a newer
# LLVM than its own) with that rustc's own libLLVM from its sysroot, with
# Debian's libLLVMs out of the search; with Debian's when no rustc is at
# hand; and through `cargo irbpf`, which tells irbpf the toolchain's rustc.
. "$(dirname "$0")/../lib.sh"
. "$TESTS_DIR/llvm19/lib.bash"
. "$TESTS_DIR/rust/common.bash"
need_cargo
need_bpf
sysroot=$(rustc --print sysroot)
rlib=$(realpath "$sysroot"/lib/libLLVM.so.* 2>/dev/null | head -n 1)
[ -n "$rlib" ] || { echo "SKIP: this rustc has no libLLVM in $sysroot/lib"; exit 77; }
rmajor=$(rustc -vV | sed -n 's/^LLVM version: \([0-9]*\)\..*/\1/p')
mkdir -p nolib

from_rlib=" from $(re "$rlib")$"

rust_bc prog.bc
IRBPF_LLVM_PATH=$WORK/nolib compiled_with "$IRBPF19" "$from_rlib" prog.bc -o rust.o
run_rust_xdp rust.o
RUSTC=$sysroot/bin/rustc IRBPF_LLVM_PATH=$WORK/nolib compiled_with "$IRBPF19" "$from_rlib" \
	prog.bc -o rustc.o
cmp -s rust.o rustc.o || fail "RUSTC gave another object"

# No rustc to ask: the distribution's libLLVM of that release.
if ls /usr/lib/llvm-"$rmajor"/lib/libLLVM.so.* >/dev/null 2>&1; then
	RUSTC=false compiled_with "$IRBPF19" \
		" from $(re "$(realpath /usr/lib/llvm-"$rmajor"/lib/libLLVM.so.*.*)")$" prog.bc -o deb.o
	run_rust_xdp deb.o
fi

# cargo irbpf, as a cargo subcommand, with irbpf built against LLVM 19.
mkdir -p bin crate/src
ln -s "$CARGO_IRBPF" bin/cargo-irbpf
cat >crate/Cargo.toml <<'TOML'
[package]
name = "llvm19"
version = "0.1.0"
edition = "2021"
TOML
printf '%s\n\n%s\n' "$RUST_XDP" '#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! { loop {} }' >crate/src/lib.rs
(
	unset RUSTC CARGO_TARGET_DIR
	cd crate && PATH=$WORK/bin:$PATH IRBPF=$IRBPF19 IRBPF_LLVM_PATH=$WORK/nolib \
		cargo irbpf build --release -q -o "$WORK/cargo.o" -- -v 2>"$WORK/cargo.txt" >/dev/null
) || fail "cargo irbpf failed: $(tail -n 3 cargo.txt)"
llvm_used cargo.txt | grep -qE "$from_rlib" || fail "cargo irbpf: $(llvm_used cargo.txt)"
run_rust_xdp cargo.o
echo PASS
