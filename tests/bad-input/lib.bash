# Shared by the bad-input tests: each case is one irbpf run that must fail
# cleanly. Sourced after ../lib.sh.
. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

LIC='char LICENSE[] __attribute__((section("license"))) = "GPL";'
SOCK='__attribute__((section("socket")))'

# src NAME: C source from stdin into NAME.c (for bc_bpf/bc_host)
src() {
	cat > "$1.c"
}

# prog_bc [RET]: prog.bc, a socket program 'prog' that returns RET (0)
prog_bc() {
	src prog <<C
$SOCK int prog(void *ctx) { return ${1:-0}; }
$LIC
C
	bc_bpf prog.c prog.bc
}

# bad PATTERN ARGS...: "irbpf ARGS -o $OUT" (OUT defaults to out.o) exits
# exactly 1; its first stderr line is "irbpf: error: ..." matching the
# extended regex PATTERN; an output file that existed before is unchanged,
# whatever OUT names (a file, a device, a FIFO, a symlink) is still of the
# same kind, and no temporary file is left beside it.
bad() {
	local pattern=$1 out=${OUT:-out.o} dir sum="" kind
	shift
	dir=$(dirname "$out")
	if [ -d "$dir" ] && { [ ! -e "$out" ] || [ -f "$out" ]; } && [ -z "${NO_PRIOR:-}" ]; then
		printf 'previous output\n' > "$out" 2>/dev/null || true
	fi
	[ -f "$out" ] && sum=$(sha256sum < "$out")
	kind=$(stat -c %F "$out" 2>/dev/null || echo none)
	expect_error "$pattern" "${RUN_AS[@]}" "$IRBPF" "$@" -o "$out"
	if [ -n "$sum" ]; then
		[ "$(sha256sum < "$out")" = "$sum" ] || fail "'$out' changed by a failed run"
	fi
	[ "$(stat -c %F "$out" 2>/dev/null || echo none)" = "$kind" ] ||
		fail "'$out' ($kind) replaced by a failed run"
	[ ! -d "$dir" ] || no_temp_files "$dir"
	no_temp_files "$WORK"
}
RUN_AS=()
