# cargo irbpf build on plain crates and workspaces: default and explicit
# outputs, package selection, profiles, features, irbpf options, and the
# one-line errors for a missing irbpf, a too-new rustc and bad crates.
. "$(dirname "$0")/../lib.sh"
. "$TESTS_DIR/rust/common.bash"
need_cargo
need_bpf

CRATE=$TESTS_DIR/../bpf-headers/rust
export IRBPF
unset CARGO_TARGET_DIR

# new_crate DIR NAME [EXTRA-TOML]: a library crate whose XDP program
# returns 3 * first byte + FACTOR (2, or 4 with feature "double").
new_crate() {
	mkdir -p "$1/src"
	cat >"$1/Cargo.toml" <<TOML
[package]
name = "$2"
version = "0.1.0"
edition = "2021"

[dependencies]
bpf-headers = { path = "$CRATE", features = ["panic-handler"] }

[features]
double = []
${3:-}
TOML
	cat >"$1/src/lib.rs" <<'RS'
#![no_std]
use bpf_headers::bindings::xdp_md;

#[cfg(not(feature = "double"))]
const FACTOR: u32 = 2;
#[cfg(feature = "double")]
const FACTOR: u32 = 4;

#[no_mangle]
#[link_section = "xdp"]
pub extern "C" fn prog(ctx: *mut xdp_md) -> u32 {
    let ctx = unsafe { &*ctx };
    let start = ctx.data as usize as *const u8;
    let end = ctx.data_end as usize as *const u8;
    // Compare pointers: an integer compare may be narrowed to 32 bits,
    // which the verifier cannot use as a packet bound.
    if start.wrapping_add(1) > end {
        return 0;
    }
    unsafe { *start as u32 * 3 + FACTOR }
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";
RS
}

# expect_cargo_error PATTERN CMD...: exit 1, first stderr line matches.
expect_cargo_error() {
	local pattern=$1 rc=0 first
	shift
	"$@" 2>"$WORK/stderr" >/dev/null || rc=$?
	first=$(head -n 1 "$WORK/stderr")
	[ "$rc" -eq 1 ] || fail "expected exit 1 from '$*', got $rc: $(cat "$WORK/stderr")"
	[ "$(wc -l <"$WORK/stderr")" -eq 1 ] || fail "more than one line from '$*': $(cat "$WORK/stderr")"
	[[ "$first" =~ ^cargo-irbpf:\ error:\ $pattern ]] || fail "'$first' does not match /$pattern/"
	echo "ok: $first"
}

# A plain crate, as `cargo irbpf` (a cargo subcommand on PATH).
mkdir -p bin
ln -s "$CARGO_IRBPF" bin/cargo-irbpf
new_crate plain plain-prog
out=$(cd plain && PATH=$WORK/bin:$PATH cargo irbpf build --release)
[ "$out" = "$WORK/plain/target/bpf/plain_prog.o" ] || fail "printed '$out'"
bpfrun "$out" prog --in 0700000000000000000000000000 --ret 23

# dev profile, explicit output, irbpf options passed through.
"$CARGO_IRBPF" build --manifest-path plain/Cargo.toml -o dev.o -mcpu=v2 -O3 >/dev/null
bpfrun dev.o prog --in 0a00000000000000000000000000 --ret 32
"$CARGO_IRBPF" build --release --manifest-path plain/Cargo.toml -o prog.s -- --emit=asm >/dev/null
grep -q '^prog:' prog.s || fail "--emit=asm after -- did not reach irbpf"

# Features select different code; switching back gives the old result
# (no stale bitcode from the other build).
"$CARGO_IRBPF" build --release --manifest-path plain/Cargo.toml --features double -o f.o >/dev/null
bpfrun f.o prog --in 0700000000000000000000000000 --ret 25
"$CARGO_IRBPF" build --release --manifest-path plain/Cargo.toml -o nf.o >/dev/null
bpfrun nf.o prog --in 0700000000000000000000000000 --ret 23

# Bitcode removed behind cargo's back: rebuilt, not "not found".
rm -rf plain/target/bpf
"$CARGO_IRBPF" build --release --manifest-path plain/Cargo.toml -q >/dev/null
bpfrun plain/target/bpf/plain_prog.o prog --in 0100000000000000000000000000 --ret 5

# A virtual workspace with two libraries: -p chooses; without it, say so.
mkdir -p ws
cat >ws/Cargo.toml <<'TOML'
[workspace]
resolver = "2"
members = ["one", "two"]
TOML
new_crate ws/one one
new_crate ws/two two
expect_cargo_error "the workspace has 2 packages to build \(one, two\): choose one with -p" \
	"$CARGO_IRBPF" build --manifest-path ws/Cargo.toml
out=$(cd ws && "$CARGO_IRBPF" build --release -p two --target-dir tgt -q)
[ "$out" = "$WORK/ws/tgt/bpf/two.o" ] || fail "printed '$out'"
bpfrun "$out" prog --in 0200000000000000000000000000 --ret 8
out=$(cd ws/one && "$CARGO_IRBPF" build --release -q)
[ "$out" = "$WORK/ws/target/bpf/one.o" ] || fail "member directory: printed '$out'"
expect_cargo_error "package 'three' is not a member of this workspace" \
	"$CARGO_IRBPF" build --manifest-path ws/Cargo.toml -p three

# No irbpf anywhere; IRBPF pointing at nothing usable.
mkdir -p alone
cp "$CARGO_IRBPF" alone/
(
	unset IRBPF
	PATH=/usr/bin:/bin
	expect_cargo_error "irbpf not found: it is neither beside cargo-irbpf nor on PATH, and IRBPF is not set" \
		alone/cargo-irbpf build --manifest-path plain/Cargo.toml
)
# irbpf beside cargo-irbpf (the installed layout) is found without help.
mkdir -p beside
cp "$CARGO_IRBPF" beside/
ln -s "$IRBPF" beside/irbpf
(
	unset IRBPF
	PATH=$(dirname "$(command -v cargo)"):/usr/bin:/bin
	beside/cargo-irbpf build --release -q --manifest-path plain/Cargo.toml -o beside.o >/dev/null
)
bpfrun beside.o prog --in 0300000000000000000000000000 --ret 11
IRBPF=$WORK/plain/Cargo.toml expect_cargo_error "IRBPF is set to '.*Cargo.toml', which is not an executable file" \
	"$CARGO_IRBPF" build --manifest-path plain/Cargo.toml

# Run as `cargo irbpf`, irbpf is told the rustc beside the cargo running
# it, whose libLLVM reads bitcode newer than irbpf's own LLVM; a RUSTC
# the user set is kept.
cat >record-irbpf <<SH
#!/bin/sh
printf '%s %s\n' "\${CARGO-}" "\${RUSTC-}" >>"$WORK/seen"
exec "$IRBPF" "\$@"
SH
chmod +x record-irbpf
(
	unset RUSTC
	cd plain && PATH=$WORK/bin:$PATH IRBPF=$WORK/record-irbpf cargo irbpf build --release -q >/dev/null
	RUSTC=$(command -v rustc) PATH=$WORK/bin:$PATH IRBPF=$WORK/record-irbpf \
		cargo irbpf build --release -q >/dev/null
)
read -r cargo rustc <seen
[ -n "$cargo" ] && [ "$rustc" = "$(dirname "$cargo")/rustc" ] && [ -x "$rustc" ] ||
	fail "irbpf saw CARGO='$cargo' RUSTC='$rustc'"
[ "$(sed -n 2p seen | cut -d' ' -f2)" = "$(command -v rustc)" ] || fail "the user's RUSTC was replaced: $(sed -n 2p seen)"

# Cargo's own errors pass through unchanged, with cargo's exit status.
new_crate broken broken
echo 'fn oops( {' >>broken/src/lib.rs
rc=0
"$CARGO_IRBPF" build --manifest-path broken/Cargo.toml 2>err >/dev/null || rc=$?
[ "$rc" -eq 101 ] || fail "cargo's exit status not kept: $rc"
grep -q '^error: could not compile `broken`' err || fail "cargo's error missing: $(cat err)"
grep -q '^cargo-irbpf' err && fail "cargo's failure was reworded"
[ ! -e broken/target/bpf/broken.o ] || fail "output left after a failed build"

# A package without a library builds its binary (tests/rust/aya.sh); with
# two binaries, --bin chooses.
mkdir -p twobins/src/bin
printf '[package]\nname = "twobins"\nversion = "0.1.0"\nedition = "2021"\n' >twobins/Cargo.toml
echo 'fn main() {}' >twobins/src/bin/a.rs
echo 'fn main() {}' >twobins/src/bin/b.rs
expect_cargo_error "package 'twobins' has neither a library target nor exactly one binary target: choose one with --bin" \
	"$CARGO_IRBPF" build --manifest-path twobins/Cargo.toml
expect_cargo_error "package 'twobins' has no binary target 'c'" \
	"$CARGO_IRBPF" build --manifest-path twobins/Cargo.toml --bin c

# irbpf's own errors come through as irbpf's, exit 1, no object.
new_crate noentry noentry
sed -i 's/#\[link_section = "xdp"\]//' noentry/src/lib.rs
expect_error "no program entry point" "$CARGO_IRBPF" build --manifest-path noentry/Cargo.toml -q
[ ! -e noentry/target/bpf/noentry.o ] || fail "output left after irbpf failed"
echo PASS
