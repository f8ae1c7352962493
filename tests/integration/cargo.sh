# (d) A Rust crate through `cargo irbpf build` with the installed tree:
# cargo finds cargo-irbpf on PATH, cargo-irbpf the irbpf beside it; the
# object runs in the kernel. Skipped while cargo-irbpf is not installed.
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
echo PASS
