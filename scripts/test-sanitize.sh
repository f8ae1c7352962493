#!/usr/bin/env bash
# Builds irbpf with ASan and UBSan into ./build-asan and runs the whole
# test suite there. UBSan findings abort the test; LeakSanitizer is on.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cmake -S "$root" -B "$root/build-asan" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	-DIRBPF_SANITIZE=address,undefined >/dev/null
cmake --build "$root/build-asan" -j "$(nproc)"
cd "$root/build-asan"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --output-on-failure -j "$(nproc)" "$@"
