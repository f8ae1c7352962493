# scripts/package.sh builds the Debian packages irbpf and irbpf-agent: the
# agent's dependencies are libbpf's (never LLVM); together the packages hold
# what `cmake --install` puts in place (integration/install); the irbpf
# package, extracted anywhere, compiles a program with its own runtime and
# headers into an object that runs in the kernel.
. "$(dirname "$0")/../lib.sh"
: "${IRBPF_PREFIX:?}" "${IRBPF_BUILD_DIR:?}" "${IRBPF_SOURCE_DIR:?}"
[ -d "$IRBPF_PREFIX" ] || fail "no install tree in $IRBPF_PREFIX (integration/install)"

"$IRBPF_SOURCE_DIR/scripts/package.sh" "$IRBPF_BUILD_DIR" debs >package.log ||
	fail "package.sh failed"
cat package.log
irbpf_deb=$(ls debs/irbpf_*.deb)
agent_deb=$(ls debs/irbpf-agent_*.deb)
[ "$(wc -l <package.log)" -eq 2 ] || fail "package.sh made other files: $(cat package.log)"

field() { dpkg-deb -f "$1" "$2"; }	# DEB FIELD
[ "$(field "$irbpf_deb" Package)" = irbpf ] || fail "irbpf package is named $(field "$irbpf_deb" Package)"
[ "$(field "$agent_deb" Package)" = irbpf-agent ] || fail "agent package is named $(field "$agent_deb" Package)"
version=$("$IRBPF" --version | sed -n 's/^irbpf \([0-9.]*\) .*/\1/p')
for deb in "$irbpf_deb" "$agent_deb"; do
	[[ "$(field "$deb" Version)" == "$version"-* ]] ||
		fail "$(basename "$deb") has version $(field "$deb" Version), irbpf is $version"
done

# Dependencies, from dpkg-shlibdeps: libbpf1 for both, libelf1 directly or
# through libbpf1, json-c for cargo-irbpf; LLVM is linked into irbpf.
depends_on() {	# DEPENDS PACKAGE
	tr ',' '\n' <<<"$1" | sed 's/^ *//; s/ .*//; s/:.*//' | grep -qx "$2"
}
libbpf1_deps=$(dpkg-query -W -f='${Depends}' libbpf1)
for deb in "$agent_deb" "$irbpf_deb"; do
	deps=$(field "$deb" Depends)
	echo "$(basename "$deb"): Depends: $deps"
	! grep -qi llvm <<<"$deps" || fail "$(basename "$deb") depends on LLVM: $deps"
	depends_on "$deps" libbpf1 || fail "$(basename "$deb") does not depend on libbpf1"
	depends_on "$deps" libelf1 || depends_on "$libbpf1_deps" libelf1 ||
		fail "$(basename "$deb") gets no libelf1"
done
depends_on "$(field "$irbpf_deb" Depends)" libjson-c5 || fail "irbpf does not depend on json-c"
# Nothing beyond libbpf, libelf and the C library (and the sanitizer
# runtimes in an -DIRBPF_SANITIZE build).
for dep in $(field "$agent_deb" Depends | tr ',' '\n' | sed 's/^ *//; s/ .*//'); do
	case $dep in
	libbpf1 | libelf1 | libc6 | libasan[0-9]* | libubsan[0-9]*) ;;
	*) fail "irbpf-agent depends on $dep" ;;
	esac
done

# Contents: the agent package holds the agent and its page; with the irbpf
# package, exactly the files of the install tree, under /usr.
files() { dpkg-deb -c "$1" | awk '$1 !~ /^d/ { print $6 }' | sed 's|^\./usr/||' | sort; }
files "$agent_deb" >agent.files
files "$irbpf_deb" >irbpf.files
[ "$(cat agent.files)" = "$(printf '%s\n' bin/irbpf-agent share/man/man1/irbpf-agent.1)" ] ||
	fail "irbpf-agent package holds: $(cat agent.files)"
(cd "$IRBPF_PREFIX" && find . ! -type d | sed 's|^\./||' | sort) >installed.files
sort agent.files irbpf.files | diff - installed.files ||
	fail "the packages differ from the install tree (< packages, > install tree)"
for f in bin/irbpf lib/irbpf/runtime.bc include/irbpf/bpf.h lib/cmake/irbpf/irbpfConfig.cmake \
	 lib/pkgconfig/irbpf.pc share/man/man1/irbpf.1; do
	grep -qx "$f" irbpf.files || fail "irbpf package lacks $f"
done
if [ -n "${AGENT_STATIC:-}" ]; then
	grep -qx bin/irbpf-agent-static irbpf.files || fail "irbpf package lacks irbpf-agent-static"
fi

# Extracted into an arbitrary directory, the irbpf package compiles with
# its own headers and links the runtime beside its driver.
need_bpf
dpkg-deb -x "$irbpf_deb" root
R=$WORK/root/usr
bc_host "$TESTS_DIR/c/runtime_maps.c" prog.bc -I"$R/include" -g0
"$R/bin/irbpf" -MD prog.bc -o prog.o
runtime=$(sed -n 's/^  \(.*runtime\.bc\)$/\1/p' prog.d)
[ "$(realpath "$runtime")" = "$R/lib/irbpf/runtime.bc" ] ||
	fail "the packaged irbpf links runtime '$runtime', not its own"
packet=$(printf '%024x0800%0156x' 0 0)
bpfrun prog.o account --in "$packet" --repeat 3 --ret 78 \
	--map sizes:1=3 --map flows:8=x:03000000ea000000
echo PASS
