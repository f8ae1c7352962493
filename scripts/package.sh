#!/usr/bin/env bash
# Builds the Debian packages irbpf and irbpf-agent from a configured and
# built tree with CPack (needs dpkg-dev for the dependencies):
#
#   scripts/package.sh [BUILD_DIR [OUT_DIR]]
#
# BUILD_DIR defaults to build/, OUT_DIR to BUILD_DIR/packages. Leaves
# OUT_DIR/irbpf_VERSION-1_ARCH.deb and OUT_DIR/irbpf-agent_VERSION-1_ARCH.deb
# (replacing earlier ones) and prints their paths. Extra CPack settings
# through the environment, e.g. CPACK_FLAGS="-D CPACK_DEBIAN_COMPRESSION_TYPE=xz".
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
[ -f "$build/CPackConfig.cmake" ] ||
	{ echo "package: $build is not a configured irbpf build tree" >&2; exit 1; }
out=${2:-$build/packages}
mkdir -p "$out"
out=$(cd "$out" && pwd)
stage=$(mktemp -d "$out/.cpack.XXXXXX")
trap 'rm -rf "$stage"' EXIT
# shellcheck disable=SC2086 # CPACK_FLAGS is a list of arguments
(cd "$build" && cpack -G DEB -B "$stage" ${CPACK_FLAGS:-}) >"$stage/cpack.log" 2>&1 ||
	{ cat "$stage/cpack.log" >&2; echo "package: cpack failed" >&2; exit 1; }
debs=("$stage"/*.deb)
[ -e "${debs[0]}" ] || { cat "$stage/cpack.log" >&2; echo "package: cpack made no .deb" >&2; exit 1; }
for deb in "${debs[@]}"; do
	mv -f "$deb" "$out/"
	echo "$out/$(basename "$deb")"
done
