#!/usr/bin/env bash
# irbpf benchmark: builds the project, then measures side by side
#   1. C path cost: clang -emit-llvm + irbpf vs clang -c
#   2. irbpf vs the llvm-link -> opt -> llc chain on the same bitcode
#   3. code quality: object and verifier-processed instructions per program
#   4. scaling: many input modules, one module with more code
#   5. Rust: cargo irbpf build, split into cargo and irbpf time
# prints a table and writes bench/results.json. See README, "Benchmarks".
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/bench
BUILD=$ROOT/build
OUT=$BENCH/results.json
RUNS=7
WARMUP=1
QUICK=false
DO_BUILD=true
W=
ROWS=(c_path chain code_quality scaling rust)

usage() {
	cat <<EOF
Usage: bench/run.sh [options]

  -n RUNS          timed runs per measurement (default 7; median, min, max)
  --quick          one run, no warm-up, small scaling inputs (smoke test)
  -o, --out FILE   where to write the JSON results (default bench/results.json)
  --build-dir DIR  build tree to use (default ./build)
  --no-build       use the build tree as it is
  --work DIR       scratch directory (default BUILD/bench-work; emptied first)
  --rows LIST      only these rows, comma-separated, of:
                   c_path chain code_quality scaling rust (default: all;
                   code_quality uses c_path's objects, chain its bitcode)

Environment: IRBPF=PATH measures that irbpf instead of the build's.
EOF
}

while [ $# -gt 0 ]; do
	case $1 in
	-n) RUNS=$2; shift ;;
	--quick) QUICK=true ;;
	-o|--out) OUT=$2; shift ;;
	--build-dir) BUILD=$2; shift ;;
	--no-build) DO_BUILD=false ;;
	--work) W=$2; shift ;;
	--rows) IFS=, read -r -a ROWS <<<"$2"; shift ;;
	-h|--help) usage; exit 0 ;;
	*) usage >&2; exit 2 ;;
	esac
	shift
done
# shellcheck disable=SC2034 # SCALES is used by rows/scaling.sh
if $QUICK; then
	RUNS=1
	WARMUP=0
	SCALES=(1 2 4)
else
	SCALES=(1 10 100)
	[ "$RUNS" -ge 1 ] 2>/dev/null || { usage >&2; exit 2; }
fi

# shellcheck source=bench/lib.sh
. "$BENCH/lib.sh"

if $DO_BUILD; then
	[ "$BUILD" = "$ROOT/build" ] || die "--build-dir needs --no-build (scripts/build.sh builds ./build)"
	say "building (scripts/build.sh)"
	"$ROOT/scripts/build.sh" >&2
fi

cache_value() {
	sed -n "s/^$1:[A-Z]*=//p" "$BUILD/CMakeCache.txt"
}

[ -f "$BUILD/CMakeCache.txt" ] || die "no build tree at $BUILD (run scripts/build.sh)"
IRBPF=${IRBPF:-$BUILD/driver/irbpf}	# another irbpf, to compare builds
BENCHTIME=$BUILD/bench/benchtime
VSTATS=$BUILD/bench/verifier_stats
CLANG=$(cache_value IRBPF_CLANG)
LLVM_TOOLS=$(dirname "$(readlink -f "$CLANG")")
VMLINUX_DIR=$BUILD/include	# cmake/vmlinux.cmake
for tool in "$IRBPF" "$BENCHTIME" "$VSTATS" "$CLANG" "$LLVM_TOOLS/llvm-link" \
	    "$LLVM_TOOLS/opt" "$LLVM_TOOLS/llc"; do
	[ -x "$tool" ] || die "missing $tool (build first)"
done

W=${W:-$BUILD/bench-work}
# Only a directory this script made (it leaves a marker) is emptied.
if [ -d "$W" ] && [ -n "$(ls -A "$W")" ] && [ ! -f "$W/.bench-work" ]; then
	die "$W is not empty and not a bench work directory: choose another --work"
fi
rm -rf "$W"
mkdir -p "$W"
: >"$W/.bench-work"
: >"$W/table.txt"

MULTIARCH=$(gcc -print-multiarch 2>/dev/null || echo x86_64-linux-gnu)
CFLAGS=(-g -O2 -I"$VMLINUX_DIR" -I"/usr/include/$MULTIARCH")
[ -d "$ROOT/bpf-headers/include" ] && CFLAGS+=(-I"$ROOT/bpf-headers/include")

# NAME=SOURCE for every benchmark program: the project's C examples and
# the programs written for the benchmark. An example that clang or irbpf
# cannot build as BPF-target C is left out with a note; a benchmark
# program that fails is an error.
PROGRAMS=()
SKIPPED_PROGRAMS=()
add_program() {
	local name=$1 src=$2 required=$3 err
	mkdir -p "$W/check"
	if grep -q '#include "vmlinux.h"' "$src" && [ ! -f "$VMLINUX_DIR/vmlinux.h" ]; then
		say "leaving out $src: no vmlinux.h (the kernel has no BTF)"
		SKIPPED_PROGRAMS+=("$src")
		return
	fi
	if err=$("$CLANG" -target bpf "${CFLAGS[@]}" -emit-llvm -c "$src" -o "$W/check/$name.bc" 2>&1 &&
		 "$IRBPF" "$W/check/$name.bc" -o "$W/check/$name.o" 2>&1 &&
		 "$CLANG" -target bpf "${CFLAGS[@]}" -c "$src" -o "$W/check/$name.clang.o" 2>&1); then
		PROGRAMS+=("$name=$src")
		return
	fi
	$required && die "$src does not build: $err"
	say "leaving out $src: $(printf '%s\n' "$err" | grep -m1 error || true)"
	SKIPPED_PROGRAMS+=("$src")
}
for src in "$ROOT"/examples/c/*.c; do
	[ -f "$src" ] && add_program "example_$(basename "$src" .c)" "$src" false
done
for src in "$BENCH"/programs/*.c; do
	add_program "$(basename "$src" .c)" "$src" true
done
[ ${#PROGRAMS[@]} -gt 0 ] || die "no benchmark programs"

say "${#PROGRAMS[@]} programs, $RUNS run(s) per measurement, work dir $W"
printf 'irbpf benchmark: %s run(s) per row, median [min..max]; %s programs; %s CPUs, load %s\n' \
	"$RUNS" "${#PROGRAMS[@]}" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$W/table.txt"
table_row "$(printf '%-46s %9s %9s  %-20s %6s   %-8s %s' row "irbpf ms" "ref ms" "ratio [min..max]" "cpu" goal status)"

needs_c_path=false
for row in "${ROWS[@]}"; do
	[ -f "$BENCH/rows/$row.sh" ] || die "unknown row '$row'"
	case $row in chain|code_quality) needs_c_path=true ;; esac
done
# chain and code_quality work on c_path's bitcode and objects.
if $needs_c_path && [[ " ${ROWS[*]} " != *" c_path "* ]]; then
	ROWS=(c_path "${ROWS[@]}")
fi
for row in "${ROWS[@]}"; do
	# shellcheck source=/dev/null
	. "$BENCH/rows/$row.sh"
	"row_$row"
done

# results.json: run metadata, then each row's own JSON.
programs_json() {
	local sep="" p
	for p in "${PROGRAMS[@]}"; do
		printf '%s%s' "$sep" "$(json_str "${p%%=*}")"
		sep=", "
	done
}
skipped_json() {
	local sep="" p
	for p in "${SKIPPED_PROGRAMS[@]}"; do
		printf '%s%s' "$sep" "$(json_str "${p#"$ROOT/"}")"
		sep=", "
	done
}
{
	printf '{\n  "schema": 1,\n'
	printf '  "date": %s,\n' "$(json_str "$(date -u +%Y-%m-%dT%H:%M:%SZ)")"
	printf '  "git": %s,\n' "$(json_str "$(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo unknown)")"
	printf '  "irbpf": %s,\n' "$(json_str "$("$IRBPF" --version | head -n1)")"
	printf '  "clang": %s,\n' "$(json_str "$("$CLANG" --version | head -n1)")"
	printf '  "kernel": %s,\n' "$(json_str "$(uname -r)")"
	printf '  "cpus": %s,\n' "$(nproc)"
	printf '  "loadavg": %s,\n' "$(json_str "$(cut -d' ' -f1-3 /proc/loadavg)")"
	printf '  "runs": %s,\n  "warmup": %s,\n  "quick": %s,\n' "$RUNS" "$WARMUP" "$QUICK"
	printf '  "programs": [%s],\n' "$(programs_json)"
	printf '  "skipped_programs": [%s],\n' "$(skipped_json)"
	printf '  "rows": {'
	sep=""
	for row in "${ROWS[@]}"; do
		printf '%s\n    "%s": ' "$sep" "$row"
		cat "$W/$row.json"
		sep=","
	done
	printf '\n  }\n}\n'
} >"$W/results.json"
mkdir -p "$(dirname "$OUT")"
mv "$W/results.json" "$OUT"
say "wrote $OUT"
