#!/usr/bin/env bash
# Builds the libFuzzer targets into ./build-fuzz (clang-22) and runs each
# for IRBPF_FUZZ_SECONDS (default 60). Fails on a crash in irbpf's code,
# or a unit that runs over IRBPF_FUZZ_TIMEOUT seconds (default 10) there.
# A crash inside LLVM's own code, or an LLVM fatal error, is reported and
# fuzzing goes on: irbpf cannot fix those (see README, Fuzzing).
# Usage: scripts/fuzz.sh [TARGET...]   (default: fuzz_input fuzz_inspect fuzz_open)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build-fuzz
seconds=${IRBPF_FUZZ_SECONDS:-60}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_input fuzz_inspect fuzz_open)

cmake -S "$root" -B "$build" -DCMAKE_C_COMPILER=clang-22 -DIRBPF_FUZZ=ON >/dev/null
cmake --build "$build" -j "$(nproc)" --target "${targets[@]}" fuzz_seeds

# A report is irbpf's when one of its top frames is in this tree, or
# UBSan's runtime error names a file of it.
irbpf_frame() {
	grep -q -E "^$root/(driver|loader|fuzz|agent)/[^:]+:[0-9]+:[0-9]+: runtime error" "$1" &&
		return 0
	grep -E '^ +#[0-9]+ ' "$1" | grep -v -E ' \(/lib/|in fuzzer::| /usr/include/' |
		grep -v -E 'in (__asan|__ubsan|__interceptor|__sanitizer|__tls_get_addr)[A-Za-z0-9_]* ' |
		grep -v -E 'in (Memcmp|bcmp|memcmp|memcpy|memmove|memset|strlen|strcmp|strncmp|strnlen|free|malloc|realloc|calloc) ' |
		head -n 3 | grep -q -E "$root/(driver|loader|fuzz|agent)/"
}

fuzz_one() {
	local t=$1 out=$build/fuzz/run/$1 deadline=$((SECONDS + seconds)) left rc runs=0
	rm -rf "$out"
	mkdir -p "$out/corpus" "$out/crashes"
	echo "fuzz: $t for ${seconds}s"
	while left=$((deadline - SECONDS)); [ "$left" -gt 0 ]; do
		rc=0
		"$build/fuzz/$t" -max_total_time="$left" -rss_limit_mb=4096 -timeout="${IRBPF_FUZZ_TIMEOUT:-10}" -close_fd_mask=1 \
			-print_final_stats=1 -artifact_prefix="$out/crashes/" \
			"$out/corpus" "$build/fuzz/seeds/${t#fuzz_}" >"$out/log.$runs" 2>&1 || rc=$?
		grep -h -E '^stat::number_of_executed_units' "$out/log.$runs" || true
		if [ "$rc" -ne 0 ]; then
			if ! grep -q -E '^==[0-9]+==ERROR|^SUMMARY|runtime error' "$out/log.$runs"; then
				echo "fuzz: $t: LLVM ended the process: $(grep -m1 '^irbpf: error: LLVM' "$out/log.$runs" || tail -n 1 "$out/log.$runs")"
			elif irbpf_frame "$out/log.$runs"; then
				grep -A 30 -E '^==[0-9]+==ERROR|runtime error' "$out/log.$runs" | head -n 40
				echo "fuzz: $t: crash in irbpf's code; reproduce with: $build/fuzz/$t $out/crashes/<file>" >&2
				return 1
			else
				echo "fuzz: $t: crash inside LLVM: $(grep -m1 '^SUMMARY' "$out/log.$runs")"
			fi
		fi
		runs=$((runs + 1))
	done
}

for t in "${targets[@]}"; do
	fuzz_one "$t"
done
