# Shared helpers for the shell-driven tests. ctest sets IRBPF, CLANG,
# BPFRUN, TESTS_DIR, VMLINUX_DIR and WORK for each test.
set -euo pipefail

: "${IRBPF:?}" "${CLANG:?}" "${BPFRUN:?}" "${TESTS_DIR:?}" "${WORK:?}"
rm -rf "$WORK"
mkdir -p "$WORK"
cd "$WORK"

MULTIARCH_INC=/usr/include/$(gcc -print-multiarch 2>/dev/null || echo x86_64-linux-gnu)
BPF_CFLAGS=(-g -O2 -I"$TESTS_DIR/c" -I"${VMLINUX_DIR:-.}" -I"$MULTIARCH_INC")

fail() {
	echo "FAIL: $*" >&2
	exit 1
}

# Skips the test (exit 77) when the kernel does not let us use bpf().
need_bpf() {
	local rc=0
	"$BPFRUN" --probe || rc=$?
	[ "$rc" -eq 0 ] || exit 77
}

# C → bitcode for the BPF target: clang -target bpf -g -O2 -emit-llvm
bc_bpf() {
	local src=$1 out=$2
	shift 2
	"$CLANG" -target bpf "${BPF_CFLAGS[@]}" "$@" -emit-llvm -c "$src" -o "$out"
}

# C → bitcode for the host target (no -target bpf)
bc_host() {
	local src=$1 out=$2
	shift 2
	"$CLANG" "${BPF_CFLAGS[@]}" "$@" -emit-llvm -c "$src" -o "$out"
}

# C → object with clang directly: the reference irbpf is compared against
obj_clang() {
	local src=$1 out=$2
	shift 2
	"$CLANG" -target bpf "${BPF_CFLAGS[@]}" "$@" -c "$src" -o "$out"
}

bpfrun() {
	"$BPFRUN" "$@"
}

# expect_error PATTERN CMD...: CMD must exit 1 with a first stderr line
# "irbpf: error: ..." matching the extended regex PATTERN.
expect_error() {
	local pattern=$1 rc=0
	shift
	"$@" 2>"$WORK/stderr" >/dev/null || rc=$?
	local first
	first=$(head -n 1 "$WORK/stderr")
	[ "$rc" -eq 1 ] || fail "expected exit 1 from '$*', got $rc: $first"
	[[ "$first" =~ ^irbpf:\ error:\  ]] || fail "first stderr line is not an irbpf error: '$first'"
	[[ "$first" =~ $pattern ]] || fail "error '$first' does not match /$pattern/"
	echo "ok: $first"
}

# no_temp_files DIR: the atomic writer leaves no ".irbpf-XXXXXX" behind
no_temp_files() {
	local left
	left=$(find "$1" -maxdepth 1 -name '.irbpf-??????' | head -n 1)
	[ -z "$left" ] || fail "temporary file left behind: $left"
}
