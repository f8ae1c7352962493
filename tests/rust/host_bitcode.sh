# What the driver does with stable rustc's host-target bitcode, built
# here with plain `cargo rustc` (no cargo irbpf): a dev build with full
# debug info keeps unused `core` code (i128 formatting and
# more) and Rust-named debug info; the object has neither
# .eh_frame nor cold-function sections, and the kernel never sees BTF it
# would reject.
. "$(dirname "$0")/../lib.sh"
. "$TESTS_DIR/rust/common.bash"
need_cargo
need_bpf
unset CARGO_TARGET_DIR

mkdir -p crate/src
cat >crate/Cargo.toml <<TOML
[package]
name = "hostbc"
version = "0.1.0"
edition = "2021"

[dependencies]
bpf-headers = { path = "$TESTS_DIR/../bpf-headers/rust", features = ["panic-handler"] }
TOML
cat >crate/src/lib.rs <<'RS'
#![no_std]
use bpf_headers::bindings::xdp_md;

pub enum Shape { Dot, Line(u8), Box { w: u8, h: u8 } }

#[inline(never)]
fn area(s: &Shape) -> u32 {
    match *s {
        Shape::Dot => 1,
        Shape::Line(n) => n as u32,
        Shape::Box { w, h } => w as u32 * h as u32,
    }
}

#[no_mangle]
#[link_section = "xdp"]
pub extern "C" fn prog(ctx: *mut xdp_md) -> u32 {
    let ctx = unsafe { &*ctx };
    let start = ctx.data as usize as *const u8;
    if start.wrapping_add(3) > ctx.data_end as usize as *const u8 {
        return 0;
    }
    let b = unsafe { core::ptr::read_unaligned(start as *const [u8; 3]) };
    let s = match b[0] % 3 { 0 => Shape::Dot, 1 => Shape::Line(b[1]), _ => Shape::Box { w: b[1], h: b[2] } };
    area(&s)
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";
RS

# The dev profile as cargo irbpf would not set it: full debug info,
# opt-level 0, only what the design requires.
(cd crate && cargo rustc -q --crate-type staticlib \
	--config 'profile.dev.lto="fat"' --config 'profile.dev.panic="abort"' \
	--config 'profile.dev.codegen-units=1' --config 'profile.dev.debug-assertions=false' \
	--config 'profile.dev.overflow-checks=false' -- --emit=llvm-bc="$WORK/dev.bc")
dis=$("$LLVM_TOOLS/llvm-dis" -o - dev.bc)
grep -q 'x86_64-unknown-linux-gnu' <<<"$dis" || fail "not host bitcode"
[ "$(grep -c '^define internal' <<<"$dis")" -gt 100 ] || fail "expected unused core code"
grep -q ' i128 ' <<<"$dis" || fail "expected i128 in core code"
grep -q 'DICompositeType.*name: "Shape"' <<<"$dis" || fail "expected Rust debug info"

"$IRBPF" dev.bc -o dev.o
sections=$("$LLVM_TOOLS/llvm-readelf" -S dev.o)
! grep -qE 'eh_frame|text\.unlikely' <<<"$sections" || fail "host leftovers: $sections"
bpfrun dev.o prog --in 0203040000000000000000000000 --ret 12 2>run.err
bpfrun dev.o prog --in 0109000000000000000000000000 --ret 9 2>>run.err
! grep -q 'BTF' run.err || fail "the kernel rejected the BTF: $(cat run.err)"

# The same through -O0 and -mcpu=v1: no optimiser help, oldest ISA.
"$IRBPF" -O1 -mcpu=v1 dev.bc -o v1.o
bpfrun v1.o prog --in 0203040000000000000000000000 --ret 12
echo PASS
