#!/bin/sh
# CI recipe: build the BPF objects of a CMake project with irbpf, write a
# manifest (irbpf inspect --json) beside each object, publish the static
# loader irbpf-agent-static with them (the hosts that run the objects need
# nothing else) and SHA256SUMS over all of them. The same sources in the same checkout give the same
# checksums on every run, whatever the build directory.
#
#   bpf-artifacts.sh SOURCE_DIR OUT_DIR
#
# irbpf is the one on PATH (IRBPF=... to choose another); the toolchain
# file and irbpf-agent-static are the ones installed beside it (an
# installation without irbpf-agent-static publishes objects only;
# IRBPF_AGENT=FILE publishes another agent, IRBPF_AGENT= none). For objects that do not depend on
# the build machine's kernel, pin vmlinux.h: IRBPF_VMLINUX_H=/path/vmlinux.h.
# Objects name their source files (BTF line info, with the source lines);
# BPF_CFLAGS=-ffile-prefix-map=$PWD=. makes them independent of the checkout's
# path too, at the price of the source lines (irbpf can no longer read them).
set -eu
[ $# -eq 2 ] || { echo "usage: $0 SOURCE_DIR OUT_DIR" >&2; exit 2; }
src=$(cd "$1" && pwd)
out=$2
irbpf=${IRBPF:-$(command -v irbpf)}
toolchain=$(dirname "$irbpf")/../share/irbpf/toolchain.cmake
if [ -z "${IRBPF_AGENT+set}" ]; then
	agent=$(dirname "$irbpf")/irbpf-agent-static
	[ -x "$agent" ] || { echo "note: no $agent: publishing objects only" >&2; agent=; }
else
	agent=$IRBPF_AGENT
fi
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT

cmake -S "$src" -B "$build" -DCMAKE_TOOLCHAIN_FILE="$toolchain" -DIRBPF="$irbpf" \
	${BPF_CFLAGS:+"-DCMAKE_C_FLAGS=$BPF_CFLAGS"} \
	${IRBPF_VMLINUX_H:+"-DIRBPF_VMLINUX_H=$IRBPF_VMLINUX_H"} >/dev/null
cmake --build "$build"

mkdir -p "$out"
find "$build" -name CMakeFiles -prune -o -name '*.o' -type f -print | while read -r obj; do
	name=$(basename "$obj")
	cp "$obj" "$out/$name"
	"$irbpf" inspect --json "$out/$name" >"$out/$name.json"
done
if [ -n "$agent" ]; then
	[ -x "$agent" ] || { echo "$0: IRBPF_AGENT: no executable $agent" >&2; exit 1; }
	cp "$agent" "$out/irbpf-agent-static"
fi
cd "$out"
LC_ALL=C sha256sum -- *.o *.json ${agent:+irbpf-agent-static} >SHA256SUMS
cat SHA256SUMS
