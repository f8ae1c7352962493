#!/usr/bin/env bash
# Writes driver/hot_text.txt: the functions of irbpf's statically linked
# LLVM that compiles run, found with callgrind. The link places them first
# in .text (driver/CMakeLists.txt turns the list into a linker script), so
# the code a compile needs is 4 MB in one piece instead of spread over
# 27 MB: fewer page faults and TLB misses at every start.
#
# usage: scripts/hot-text.sh [-b BUILD_DIR] [INPUT.bc|.ll ...]
# Without inputs: the bitcode bench row 1 left in BUILD_DIR/bench-work
# (run `bash bench/run.sh --rows c_path` first).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build
if [ "${1:-}" = -b ]; then
	build=$(cd "$2" && pwd)
	shift 2
fi
irbpf=$build/driver/irbpf
inputs=("$@")
if [ ${#inputs[@]} -eq 0 ]; then
	inputs=("$build"/bench-work/c_path/*.bc)
	[ -e "${inputs[0]}" ] || { echo "hot-text: no inputs; run bench/run.sh --rows c_path first" >&2; exit 1; }
fi
command -v valgrind >/dev/null || { echo "hot-text: valgrind is needed" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

i=0
for input in "${inputs[@]}"; do
	i=$((i + 1))
	printf '%s\0%s\0' "$input" "$work/$i"
done | xargs -0 -n 2 -P "$(nproc)" sh -c \
	'valgrind -q --tool=callgrind --demangle=no --callgrind-out-file="$2.cg" "$0" "$1" -o "$2.o" >/dev/null 2>&1 ||
	 { echo "hot-text: irbpf failed on $1" >&2; exit 255; }' "$irbpf"

cat "$work"/*.cg | sed -n 's/^c\{0,1\}fn=([0-9]*) \([^ ]*\)$/\1/p' | sort -u >"$work/ran"
# Every name of each function that ran: a section is named after one of a
# constructor's or destructor's aliases (C1/C2, D1/D2), callgrind the other.
nm --defined-only "$irbpf" | awk '$2 ~ /^[tTwW]$/ { print $1, $3 }' >"$work/text"
awk 'NR == FNR { ran[$1] = 1; next }
     { names[$1] = names[$1] " " $2; if ($2 in ran) hot[$1] = 1 }
     END { for (a in hot) { n = split(names[a], v, " "); for (i = 1; i <= n; i++) print v[i] } }' \
	"$work/ran" "$work/text" | sort -u >"$work/hot"
out=$root/driver/hot_text.txt
{
	echo "# Functions irbpf runs on the benchmark programs (scripts/hot-text.sh),"
	echo "# placed first in .text. Regenerate after an LLVM upgrade."
	cat "$work/hot"
} >"$out"
echo "hot-text: $(grep -vc '^#' "$out") functions in ${out#"$root"/}"
