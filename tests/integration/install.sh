# cmake --install into a temporary prefix, then move the tree: it must be
# complete and work from its new place (the other integration tests build
# with it). Checks the files, pkg-config, the CMake package version, the
# man pages, and that nothing installed names the old prefix.
. "$(dirname "$0")/../lib.sh"
: "${IRBPF_PREFIX:?}" "${IRBPF_BUILD_DIR:?}"

stage=$WORK/stage
cmake --install "$IRBPF_BUILD_DIR" --prefix "$stage" >install.log ||
	fail "cmake --install failed: $(tail -n 3 install.log)"
rm -rf "$IRBPF_PREFIX"
mv "$stage" "$IRBPF_PREFIX"
P=$IRBPF_PREFIX

expect=(bin/irbpf share/irbpf/toolchain.cmake share/irbpf/irbpf.mk share/irbpf/inspect.schema.json
	lib/cmake/irbpf/irbpfConfig.cmake lib/cmake/irbpf/irbpfConfigVersion.cmake
	lib/cmake/irbpf/irbpf-object.cmake lib/pkgconfig/irbpf.pc
	share/man/man1/irbpf.1 share/man/man1/irbpf-inspect.1 share/man/man1/irbpf-verify.1)
# Components that install themselves once built: what the build tree has,
# the install tree must have too.
built() { find "$IRBPF_BUILD_DIR" -path "$IRBPF_BUILD_DIR/tests" -prune -o -name "$1" -print -quit; }
[ -z "$(built runtime.bc)" ] || expect+=(lib/irbpf/runtime.bc)
[ -z "$(built irbpf-llvm-run)" ] || expect+=(lib/irbpf/irbpf-llvm-run lib/irbpf/irbpf-core.so)
[ -z "$(built cargo-irbpf)" ] || expect+=(bin/cargo-irbpf share/man/man1/cargo-irbpf.1)
[ -z "$(built irbpf-agent)" ] || expect+=(bin/irbpf-agent share/man/man1/irbpf-agent.1)
[ -z "$(built irbpf-agent-static)" ] || expect+=(bin/irbpf-agent-static)
[ ! -d "$IRBPF_SOURCE_DIR/bpf-headers/include/irbpf" ] || expect+=(include/irbpf)
[ ! -d "$IRBPF_SOURCE_DIR/bpf-headers/rust" ] || expect+=(share/irbpf/rust/bpf-headers/Cargo.toml)
for f in "${expect[@]}"; do
	[ -e "$P/$f" ] || fail "install tree lacks $f"
done
echo "install tree has: ${expect[*]}"

# Relocatable: no installed file refers to the prefix it was installed to.
left=$(grep -rl --binary-files=text -F "$stage" "$P" || true)
[ -z "$left" ] || fail "installed files name the install-time prefix: $left"
rpath=$(readelf -d "$P/bin/irbpf" | grep -E 'RPATH|RUNPATH' || true)
[ -z "$rpath" ] || fail "installed irbpf keeps an rpath: $rpath"
# In the build tree too, no search path may be empty: the loader would
# look for libc.so.6 and the rest in the working directory first.
for b in "$IRBPF" "$(dirname "$IRBPF")/irbpf-llvm-run"; do
	[ -f "$b" ] || continue
	paths=$(readelf -d "$b" | sed -n 's/.*R\(UN\)\?PATH).*\[\(.*\)\]$/\2/p')
	case ":$paths:" in ::) ;; *::*) fail "$b searches the working directory for libraries: [$paths]" ;; esac
done

version=$("$P/bin/irbpf" --version | head -n 1)
[[ "$version" =~ ^irbpf\ ([0-9.]+)\ \(LLVM\ [0-9]+\.[0-9]+\.[0-9]+\)$ ]] ||
	fail "unexpected --version output: $version"
irbpf_version=${BASH_REMATCH[1]}

# The moved irbpf links the runtime beside it: its depfile says which.
if [ -f "$P/lib/irbpf/runtime.bc" ]; then
	bc_bpf "$TESTS_DIR/c/xdp_count.c" xdp.bc
	"$P/bin/irbpf" -MD xdp.bc -o xdp.o
	runtime=$(sed -n 's/^  \(.*runtime\.bc\)$/\1/p' xdp.d)
	[ "$(realpath "$runtime")" = "$(realpath "$P/lib/irbpf/runtime.bc")" ] ||
		fail "the moved irbpf uses runtime '$runtime', not the one beside it"
	# inspect --json follows the schema installed beside irbpf.mk.
	"$P/bin/irbpf" inspect --json xdp.o >xdp.json
	python3 "$TESTS_DIR/metadata/schema_check.py" "$P/share/irbpf/inspect.schema.json" xdp.json ||
		fail "inspect --json does not follow the installed schema"
	# With a libLLVM, through the moved irbpf-llvm-run and irbpf-core.so:
	# the same runtime, the same object.
	if [ -e "$P/lib/irbpf/irbpf-llvm-run" ] && ls "$LLVM_TOOLS"/../lib/libLLVM*.so* >/dev/null 2>&1; then
		"$P/bin/irbpf" -v -MD --llvm="$LLVM_TOOLS/../lib" xdp.bc -o lib.o 2>verbose.txt
		grep -q "^irbpf: LLVM [0-9.]* from .*libLLVM" verbose.txt ||
			fail "-v names no libLLVM: $(head -n 1 verbose.txt)"
		runtime=$(sed -n 's/^  \(.*runtime\.bc\)$/\1/p' lib.d)
		[ "$(realpath "$runtime")" = "$(realpath "$P/lib/irbpf/runtime.bc")" ] ||
			fail "irbpf-core.so of the moved tree uses runtime '$runtime'"
		cmp -s xdp.o lib.o || fail "the libLLVM of irbpf's own release wrote another object"
	fi
fi

# pkg-config: every path variable resolves inside the moved tree.
export PKG_CONFIG_PATH=$P/lib/pkgconfig
[ "$(pkg-config --modversion irbpf)" = "$irbpf_version" ] || fail "irbpf.pc version differs"
for var in irbpf toolchain mkfile; do
	path=$(pkg-config --variable=$var irbpf)
	[ -e "$path" ] || fail "pkg-config --variable=$var gives missing '$path'"
	[ "$(realpath "$path")" = "$(realpath "$P")/${path#*/../../}" ] ||
		fail "pkg-config --variable=$var points outside the tree: $path"
done
[ "$(pkg-config --variable=clang irbpf)" = "$(basename "$CLANG")" ] ||
	fail "irbpf.pc names clang '$(pkg-config --variable=clang irbpf)', built with $CLANG"
pkg-config --cflags irbpf | grep -q -- "-I$P/lib/pkgconfig/../../include" ||
	fail "pkg-config --cflags lacks the include directory: $(pkg-config --cflags irbpf)"

# The CMake package: found by version, refuses an incompatible one.
mkdir -p ver && cat >ver/CMakeLists.txt <<'CM'
cmake_minimum_required(VERSION 3.20)
project(ver NONE)
find_package(irbpf ${WANT} REQUIRED)
message(STATUS "irbpf ${irbpf_VERSION} at ${IRBPF_EXECUTABLE}")
CM
cmake -S ver -B ver/b -DWANT="$irbpf_version" -DCMAKE_PREFIX_PATH="$P" >ver.log ||
	fail "find_package(irbpf $irbpf_version) failed: $(tail -n 5 ver.log)"
grep -q "irbpf $irbpf_version at $P/bin/irbpf" ver.log || fail "package names $(grep 'irbpf ' ver.log)"
major=${irbpf_version%%.*}
if cmake -S ver -B ver/b2 -DWANT="$((major + 1)).0" -DCMAKE_PREFIX_PATH="$P" >/dev/null 2>&1; then
	fail "find_package(irbpf $((major + 1)).0) accepted version $irbpf_version"
fi

# Man pages: found through MANPATH, and groff has nothing to warn about.
for page in "$P"/share/man/man1/*.1; do
	warn=$(groff -man -Tutf8 -ww -z "$page" 2>&1)
	[ -z "$warn" ] || fail "$(basename "$page"): $warn"
done
MANPATH=$P/share/man man -w irbpf >/dev/null || fail "man cannot find irbpf(1) in $P/share/man"
# Each page covers every long option its command's --help lists.
page_covers() {	# PAGE HELP-COMMAND...
	local page=$1 text opt
	shift
	text=$(groff -man -Tascii -rHY=0 -P-cbou "$P/share/man/man1/$page")
	for opt in $("$@" --help | grep -oE -- '--[a-z][a-z-]*' | sort -u); do
		grep -qe "$opt" <<<"$text" || fail "$page does not document $opt of '$* --help'"
	done
}
page_covers irbpf.1 "$P/bin/irbpf"
page_covers irbpf-inspect.1 "$P/bin/irbpf" inspect
page_covers irbpf-verify.1 "$P/bin/irbpf" verify
[ ! -x "$P/bin/irbpf-agent" ] || page_covers irbpf-agent.1 "$P/bin/irbpf-agent"
[ ! -x "$P/bin/cargo-irbpf" ] || page_covers cargo-irbpf.1 "$P/bin/cargo-irbpf" build
echo PASS
