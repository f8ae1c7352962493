# Diagnostics for Rust programs speak Rust: the verifier's packet-bounds
# rejection of a cargo irbpf build gets a hint with Rust code (the C
# object of tests/verify keeps the C hint), both from `irbpf verify` and
# from --verify at build time, and a crate without a licence is told how
# to declare one in Rust.
. "$(dirname "$0")/../lib.sh"
. "$TESTS_DIR/rust/common.bash"
need_cargo
need_bpf

SRC=$TESTS_DIR/verify/packet_bounds.rs
export IRBPF
unset CARGO_TARGET_DIR

# rust_crate DIR LIB.rs: a crate whose library is LIB.rs
rust_crate() {
	mkdir -p "$1"
	cat >"$1/Cargo.toml" <<TOML
[package]
name = "$(basename "$1")"
version = "0.1.0"
edition = "2021"

[lib]
path = "$2"

[dependencies]
bpf-headers = { path = "$TESTS_DIR/../bpf-headers/rust", features = ["panic-handler"] }
TOML
}

rust_hint="hint: check the access against the end of the packet first, comparing pointers: 'if start.wrapping_add(offset + size) > end { return ...; }'"
line=$(grep -n 'rejected here' "$SRC" | cut -d: -f1)

rust_crate packet_bounds "$SRC"
"$CARGO_IRBPF" build --release -q --manifest-path packet_bounds/Cargo.toml -o pb.o >/dev/null
rc=0
"$IRBPF" verify pb.o >/dev/null 2>diag.txt || rc=$?
cat diag.txt
[ "$rc" -eq 1 ] || fail "irbpf verify exited $rc for a rejected program"
grep -Eq "(^|/)packet_bounds\\.rs:$line:[0-9]+: error: invalid access to packet" diag.txt ||
	fail "no packet error at packet_bounds.rs:$line"
grep -qF "packet_bounds.rs:$line" <(grep -F "$rust_hint" diag.txt) ||
	fail "no Rust hint at packet_bounds.rs:$line"
! grep -q 'data_end) return' diag.txt || fail "a C hint for a Rust program"

# --verify while building: the same hint, and no object.
rc=0
"$CARGO_IRBPF" build --release -q --manifest-path packet_bounds/Cargo.toml -o built.o \
	--verify=require >/dev/null 2>build.txt || rc=$?
[ "$rc" -ne 0 ] || fail "--verify accepted a program the verifier rejects"
grep -qF "$rust_hint" build.txt || fail "no Rust hint from --verify: $(cat build.txt)"
[ ! -e built.o ] || fail "--verify left an object behind"

# No licence: the way to declare one, in Rust.
mkdir -p nolicence
cat >nolicence/lib.rs <<'RS'
#![no_std]
use bpf_headers::bindings::xdp_md;

#[no_mangle]
#[link_section = "xdp"]
pub extern "C" fn prog(_ctx: *mut xdp_md) -> u32 {
    2
}
RS
rust_crate nolicence "$WORK/nolicence/lib.rs"
rc=0
"$CARGO_IRBPF" build --release -q --manifest-path nolicence/Cargo.toml -o nl.o >/dev/null 2>nl.txt ||
	rc=$?
[ "$rc" -eq 1 ] || fail "a program without a licence built (exit $rc)"
grep -qF "declare one (#[no_mangle] #[link_section = \"license\"] pub static LICENSE: [u8; 4] = *b\"GPL\\0\";) or pass --license=GPL" nl.txt ||
	fail "licence error: $(cat nl.txt)"
"$CARGO_IRBPF" build --release -q --manifest-path nolicence/Cargo.toml -o nl.o --license=GPL >/dev/null
bpfrun nl.o prog --in-size 64 --ret 2
echo PASS
