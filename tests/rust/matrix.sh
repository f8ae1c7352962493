# The Rust feature matrix: every case under matrix/cases is a library
# crate built with `cargo irbpf build --release`, loaded into the kernel
# and run with BPF_PROG_TEST_RUN on several inputs; the return value must
# be what matrix_model.py computes from the same input. Cases named
# fail_* must fail to build with the error listed below.
. "$(dirname "$0")/../lib.sh"
. "$TESTS_DIR/rust/common.bash"
need_cargo
need_bpf

MATRIX=$TESTS_DIR/rust/matrix
MODEL=$TESTS_DIR/rust/matrix_model.py
export IRBPF

# What each case that does not work must print (first line, regex).
declare -A expected_error=(
	[fail_trait_object]="indirect call in function 'fail_trait_object::area_of' \(cases/fail_trait_object/src/lib.rs:[0-9]+:[0-9]+\): BPF cannot call through a function pointer or trait object"
	[fail_panic]="possible panic in 'prog' \(cases/fail_panic/src/lib.rs:13:5\): the call to 'core::panicking::panic_bounds_check' was not optimised away, and the verifier rejects a program that can reach it \(--allow-panics writes the object anyway\)$"
	[fail_u128_mul]="128-bit multiplication in function 'prog' \(cases/fail_u128_mul/src/lib.rs:11:[0-9]+\): BPF has no 128-bit multiplication"
)

build() {
	"$CARGO_IRBPF" build --release --locked -q --manifest-path "$MATRIX/Cargo.toml" \
		--target-dir "$WORK/target" -p "$1" -o "$WORK/$1.o" "${@:2}"
}

passed=0 failed=0
ok() { echo "ok: $*"; passed=$((passed + 1)); }
bad() { echo "FAIL: $*" >&2; failed=$((failed + 1)); }

run_case() {
	local case=$1 runs=0 input want checks check maps
	if ! build "$case" >/dev/null 2>"$WORK/$case.err"; then
		bad "$case: build failed: $(grep -m1 error "$WORK/$case.err")"
		return
	fi
	python3 "$MODEL" plan "$case" >"$WORK/$case.plan"
	while read -r input want checks; do
		maps=()
		for check in $checks; do
			maps+=(--map "$check")
		done
		if ! bpfrun "$WORK/$case.o" prog --in "$input" --ret "$want" "${maps[@]}" \
			>"$WORK/$case.run" 2>&1; then
			bad "$case: input $input: $(tail -n 1 "$WORK/$case.run")"
			return
		fi
		runs=$((runs + 1))
	done <"$WORK/$case.plan"
	[ "$runs" -gt 0 ] || { bad "$case: no test inputs"; return; }
	ok "$case ($runs runs)"
}

fail_case() {
	local case=$1 rc=0 first
	build "$case" >/dev/null 2>"$WORK/$case.err" || rc=$?
	first=$(grep -m1 '^irbpf: error: ' "$WORK/$case.err" || true)
	if [ "$rc" -ne 1 ] || [[ ! "$first" =~ ${expected_error[$case]} ]]; then
		bad "$case: expected exit 1 and /${expected_error[$case]}/, got $rc: $(head -n 3 "$WORK/$case.err")"
	elif [ -e "$WORK/$case.o" ]; then
		bad "$case: an output file was written"
	else
		ok "$case fails as expected: $first"
	fi
}

for dir in "$MATRIX"/cases/*/; do
	case=$(basename "$dir")
	if [[ $case == fail_* ]]; then
		[ -n "${expected_error[$case]:-}" ] || fail "no expected error listed for $case"
		fail_case "$case"
	else
		run_case "$case"
	fi
done

echo "matrix: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -ge 25 ] || fail "Rust feature matrix"
echo PASS
