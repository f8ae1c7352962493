# --version: irbpf's own LLVM on the first line (scripts read it there),
# then every libLLVM irbpf can use, with its release and path.
. "$(dirname "$0")/../lib.sh"
. "$TESTS_DIR/llvm/lib.bash"
major=$("$IRBPF" --version | sed -n '1s/.*(LLVM \([0-9]*\)\..*/\1/p')
dir=$(debian_lib "$major")

"$IRBPF" --version >version.txt
head -n 1 version.txt | grep -qE '^irbpf [0-9.]+ \(LLVM [0-9]+\.[0-9]+\.[0-9]+\)$' ||
	fail "first line: $(head -n 1 version.txt)"
[ "$(grep -c 'LLVM [0-9]' version.txt)" -eq 1 ] || fail "'LLVM <n>' beyond the first line"
sed -n 2p version.txt | grep -q '^shared libraries for newer bitcode or --llvm:$' ||
	fail "second line: $(sed -n 2p version.txt)"
lib=$(realpath "$dir"/libLLVM.so.*.*)
ver=$(basename "$lib" | sed 's/^libLLVM\.so\.\([0-9]*\.[0-9]*\).*/\1/')
grep -qxF "  $ver  $lib" version.txt ||
	fail "Debian's $lib is not listed: $(cat version.txt)"
if command -v rustc >/dev/null; then
	rlib=$(realpath "$(rustc --print sysroot)"/lib/libLLVM.so.* 2>/dev/null | head -n 1)
	release=$(sed -n 's/^release: //p' < <(rustc -vV))
	[ -z "$rlib" ] || grep -qE "^  [0-9]+\.[0-9]+  $rlib \(rustc $release\)$" version.txt ||
		fail "rustc's $rlib is not listed: $(cat version.txt)"
fi

# IRBPF_LLVM_PATH replaces the distribution's places; RUSTC names rustc.
mkdir -p mine
ln -s "$lib" mine/libLLVM.so.1
RUSTC=false IRBPF_LLVM_PATH=$WORK/mine "$IRBPF" --version >mine.txt
[ "$(tail -n +3 mine.txt)" = "  $ver  $lib" ] ||
	fail "IRBPF_LLVM_PATH listing: $(cat mine.txt)"
mkdir -p none
RUSTC=false IRBPF_LLVM_PATH=$WORK/none "$IRBPF" --version | sed -n 2p |
	grep -q 'none found$' || fail "an empty search lists something"
echo PASS
