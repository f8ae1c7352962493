# Shared by the rust/ tests (sourced after ../lib.sh).

# Skips the test (exit 77) when cargo or rustc is not installed.
need_cargo() {
	command -v cargo >/dev/null && command -v rustc >/dev/null && return 0
	echo "SKIP: cargo and rustc are not installed; Rust tests skipped"
	exit 77
}

: "${CARGO_IRBPF:?}"
