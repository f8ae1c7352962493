#!/usr/bin/env bash
# Installs the Debian packages irbpf needs to build and test (as root).
set -euo pipefail

# llvm-19-dev and clang-19: the llvm19/ tests build irbpf against LLVM 19.
packages=(clang-22 llvm-22-dev libelf-dev libbpf-dev bpftool cmake make gcc
	  pkg-config zlib1g-dev libzstd-dev python3 iproute2
	  libjson-c-dev
	  ninja-build groff-base man-db dpkg-dev file
	  valgrind libclang-rt-22-dev
	  llvm-19-dev clang-19
	  bazel-bootstrap nginx-core)

missing=()
for p in "${packages[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
		missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
	echo "install-deps: missing packages: ${missing[*]}; run as root" >&2
	exit 1
fi
echo "install-deps: installing ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
