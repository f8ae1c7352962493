#!/usr/bin/env bash
# The whole CI suite: installs dependencies, builds ./build and runs the
# tests; then the same tests on an ASan+UBSan build (./build-asan), the
# fuzzers for IRBPF_FUZZ_SECONDS each (./build-fuzz). Arguments go to the
# first ctest run; IRBPF_QUICK=1 stops after it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh"
(cd "$root/build" && ctest --output-on-failure -j "$(nproc)" "$@")
[ "${IRBPF_QUICK:-0}" = 1 ] && exit 0
"$root/scripts/test-sanitize.sh"
"$root/scripts/fuzz.sh"
