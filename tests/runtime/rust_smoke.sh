# The bpf-headers crate from stable Rust, built for the host as a no_std
# staticlib (--emit=llvm-bc, fat LTO, panic=abort, one codegen unit),
# compiled by irbpf and run in the kernel: helpers by name, a copy of
# run-time length, maps from the crate's macros. A panic path the
# optimiser cannot remove is reported at the Rust line.
. "$(dirname "$0")/../lib.sh"
command -v cargo >/dev/null || { echo "SKIP: no cargo"; exit 77; }
need_bpf

mkdir -p ws/smoke ws/panics
cat > ws/Cargo.toml <<TOML
[workspace]
resolver = "2"
members = ["smoke", "panics"]

[profile.release]
lto = "fat"
panic = "abort"
codegen-units = 1
debug = 2
TOML
for crate in smoke panics; do
	cat > ws/$crate/Cargo.toml <<TOML
[package]
name = "$crate"
version = "0.1.0"
edition = "2021"

[lib]
path = "$TESTS_DIR/runtime/rust/$crate.rs"
crate-type = ["staticlib"]

[dependencies]
bpf-headers = { path = "$RUST_CRATE", features = ["panic-handler"] }
TOML
done
(cd ws && RUSTFLAGS="--emit=llvm-bc" CARGO_TARGET_DIR="$WORK/target" \
	cargo build --release --offline --quiet) || fail "cargo build"
bc() { ls "$WORK"/target/release/deps/"$1"-*.bc; }

"$IRBPF" "$(bc smoke)" -o smoke.o 2>stderr
[ ! -s stderr ] || fail "diagnostics for smoke: $(cat stderr)"
# 14 bytes of Ethernet header, then n = 0x45 % 32 = 5 and the bytes summed.
packet=$(printf '%028x45%s' 0 "$(printf '%02x' $(seq 1 59))")
# PRINTED: what the variadic bpf_trace_printk wrote, "irbpf rust smoke: n 5 sum 15".
bpfrun smoke.o rust_smoke --in "$packet" --repeat 2 --ret 31 \
	--map-info RUNS:array:4:8:1 --map-info LENGTHS:hash:4:4:8 \
	--map RUNS:0=2 --map LENGTHS:5=15 --map PRINTED:0=28

expect_error "possible panic in 'rust_panics' \((.*/)?panics\.rs:18:5\): the call to 'core::panicking::panic_bounds_check' was not optimised away.*\(--allow-panics writes the object anyway\)$" \
	"$IRBPF" "$(bc panics)" -o panics.o
[ ! -e panics.o ] || fail "the panic error left an output file"
"$IRBPF" --allow-panics "$(bc panics)" -o panics.o 2>stderr
warning="^irbpf: warning: possible panic in 'rust_panics' \((.*/)?panics\.rs:18:5\): the call to 'core::panicking::panic_bounds_check' was not optimised away"
[[ "$(head -1 stderr)" =~ $warning ]] || fail "panic warning was: $(cat stderr)"
echo "ok: $(head -1 stderr)"
# The warning is right: the kernel refuses the program.
rc=0
bpfrun panics.o rust_panics --in-size 64 >/dev/null 2>&1 || rc=$?
[ $rc -eq 1 ] || fail "the kernel accepted a program with a live panic path (rc $rc)"
expect_error "possible panic in 'rust_panics' \((.*/)?panics\.rs:18:5\).*\[-Werror\]$" \
	"$IRBPF" --allow-panics -Werror "$(bc panics)" -o werror.o
[ ! -e werror.o ] || fail "-Werror left an output file"
echo PASS
