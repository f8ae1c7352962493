# Builds irbpf a second time, against LLVM 19, into build-llvm19 of this
# build tree (kept between runs, so only what changed is rebuilt): irbpf,
# irbpf-core.so, irbpf-llvm-run and the runtime. The other llvm19/ tests
# use it.
. "$(dirname "$0")/../lib.sh"
: "${LLVM19_BUILD:?}" "${IRBPF_SOURCE_DIR:?}"
cfg=/usr/lib/llvm-19/lib/cmake/llvm
if [ ! -f "$cfg/LLVMConfig.cmake" ] || ! command -v clang-19 >/dev/null; then
	echo "SKIP: llvm-19-dev and clang-19 are not installed (scripts/install-deps.sh installs them)"
	exit 77
fi
if [ ! -f "$LLVM19_BUILD/CMakeCache.txt" ]; then
	cmake -S "$IRBPF_SOURCE_DIR" -B "$LLVM19_BUILD" -DLLVM_DIR="$cfg" \
		-DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF >configure.log 2>&1 ||
		fail "configure failed: $(tail -n 5 configure.log)"
fi
cmake --build "$LLVM19_BUILD" --target irbpf -j "$(nproc)" >build.log 2>&1 ||
	fail "build failed: $(grep -m 5 -E 'error|Error' build.log)"
version=$("$LLVM19_BUILD/driver/irbpf" --version | head -n 1)
[[ "$version" =~ \(LLVM\ 19\. ]] || fail "build-llvm19's irbpf says '$version'"
for part in irbpf-core.so irbpf-llvm-run; do
	[ -e "$LLVM19_BUILD/driver/$part" ] || fail "build-llvm19 has no $part"
done
echo "$version"
echo PASS
