#!/usr/bin/env bash
# Builds irbpf with ASan and UBSan into ./build-asan and runs the whole
# test suite there. UBSan findings abort the test; LeakSanitizer is on.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cmake -S "$root" -B "$root/build-asan" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	-DIRBPF_SANITIZE=address,undefined >/dev/null
cmake --build "$root/build-asan" -j "$(nproc)"
cd "$root/build-asan"
# intercept_tls_get_addr=0: GCC 12's runtime takes a dynamic TLS block that
# happens to start 16 bytes into a page for a pre-2.25 glibc TLS header and
# reads before it, so LeakSanitizer's tracer dies of SIGSEGV at exit now and
# then in the processes that dlopen a libLLVM (fixed in GCC 14's runtime).
# irbpf's own code keeps nothing in thread-local storage.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:intercept_tls_get_addr=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --output-on-failure -j "$(nproc)" "$@"
