# irbpf-agent runs where there is no compiler: it links libbpf and libc
# (libelf through libbpf), never libLLVM.
. "$(dirname "$0")/../lib.sh"
. "$TESTS_DIR/agent/helpers.bash"

ldd "$AGENT" >ldd.txt
cat ldd.txt
! grep -qi llvm ldd.txt || fail "irbpf-agent links LLVM: $(grep -i llvm ldd.txt)"
grep -q 'libbpf\.so' ldd.txt || fail "irbpf-agent does not link libbpf"
# Direct dependencies: nothing beyond libbpf, libelf and the C library
# (and the sanitizer runtimes in an -DIRBPF_SANITIZE build).
"$LLVM_TOOLS/llvm-readelf" -d "$AGENT" | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p' >needed.txt
while read -r lib; do
	case $lib in
	libbpf.so.* | libelf.so.* | libc.so.* | ld-linux*) ;;
	libasan.so.* | libubsan.so.* | liblsan.so.* | libtsan.so.*) ;;
	*) fail "unexpected direct dependency: $lib" ;;
	esac
done <needed.txt
echo PASS
