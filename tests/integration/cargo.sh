# (d) Rust crates through `cargo irbpf build` with the installed tree:
# cargo finds cargo-irbpf on PATH, cargo-irbpf the irbpf beside it; one
# crate needs only core, one uses the installed bpf-headers crate (a map,
# helpers by name, the licence macro); the objects run in the kernel.
# Skipped while cargo-irbpf is not installed.
. "$(dirname "$0")/installed.bash"

if [ ! -x "$P/bin/cargo-irbpf" ]; then
	echo "SKIP: cargo-irbpf is not in the install tree (not built yet)"
	exit 77
fi
command -v cargo >/dev/null || { echo "SKIP: cargo is not installed"; exit 77; }
need_bpf

cp -r "$(dirname "$0")/crate" crate
# The user's command; IRBPF unset so that cargo-irbpf looks beside itself.
(cd crate && env -u IRBPF cargo irbpf build --release -o "$WORK/filter.o") >cargo.log 2>&1 ||
	fail "cargo irbpf build failed: $(tail -n 5 cargo.log)"
bpfrun filter.o rust_filter --in "$UDP_53" --ret 2
bpfrun filter.o rust_filter --in "$SCTP" --ret 1
bpfrun filter.o rust_filter --in "$ARP" --ret 2

# A crate on the installed bpf-headers crate: a map and helpers by name.
headers=$P/share/irbpf/rust/bpf-headers
[ -f "$headers/Cargo.toml" ] || fail "the install tree lacks the bpf-headers crate"
mkdir counter
cp -r "$(dirname "$0")/crate_headers/src" counter/
sed "s|@RUST_HEADERS@|$headers|" "$(dirname "$0")/crate_headers/Cargo.toml.in" >counter/Cargo.toml
env -u IRBPF cargo irbpf build --release --manifest-path counter/Cargo.toml -o counter.o \
	>cargo.log 2>&1 || fail "cargo irbpf build (bpf-headers) failed: $(tail -n 5 cargo.log)"
bpfrun counter.o proto_counter --in "$UDP_53" --repeat 3 --ret 2 --map PROTOS:17=3
bpfrun counter.o proto_counter --in "$SCTP" --ret 1 --map PROTOS:132=1
echo PASS
