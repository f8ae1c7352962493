# (b) An external CMake project through find_package(irbpf): the host
# loader of examples/cmake/package runs the socket filter irbpf_add_object
# built; plus MCPU/FLAGS/INCLUDE_DIRECTORIES with two sources, and a crate
# through RUST_CRATE once cargo-irbpf is installed. Depfiles (clang's and
# irbpf's) drive the rebuilds.
. "$(dirname "$0")/installed.bash"
need_bpf

cp -r "$IRBPF_SOURCE_DIR/examples/cmake/package" src
mkdir -p src/xdp/include
cp "$IRBPF_SOURCE_DIR"/examples/cmake/toolchain/{packet_stats.bpf.c,parse.c} src/xdp/
cp "$IRBPF_SOURCE_DIR"/examples/cmake/toolchain/parse.h src/xdp/include/
cat >>src/CMakeLists.txt <<'CM'

# Test additions.
irbpf_add_object(packet_stats SOURCES xdp/packet_stats.bpf.c xdp/parse.c
                 INCLUDE_DIRECTORIES xdp/include MCPU v4 FLAGS --save-temps)
CM
rust=0
if [ -x "$P/bin/cargo-irbpf" ] && command -v cargo >/dev/null; then
	rust=1
	cp -r "$(dirname "$0")/crate" src/crate
	echo 'irbpf_add_object(rust_filter RUST_CRATE crate)' >>src/CMakeLists.txt
fi

generators=("Unix Makefiles")
command -v ninja >/dev/null && generators+=(Ninja)
for gen in "${generators[@]}"; do
	b="build-${gen// /-}"
	cmake -G "$gen" -S src -B "$b" -DCMAKE_PREFIX_PATH="$P" >"$b.log" ||
		fail "configure ($gen) failed: $(tail -n 5 "$b.log")"
	cmake --build "$b" >"$b.log" 2>&1 || fail "build ($gen) failed: $(tail -n 5 "$b.log")"

	out=$("$b/proto_count" 5)
	[ "$out" = "verdict 40, IPv4 packets 5" ] || fail "host loader printed '$out'"
	bpfrun "$b/proto_count.bpf.o" proto_count --in "$UDP_53" --repeat 3 --ret 40 \
		--map packets:2048=3
	bpfrun "$b/proto_count.bpf.o" proto_count --in "$ARP" --ret 0 --map packets:2054=1

	bpfrun "$b/packet_stats.o" packet_stats --in "$UDP_53" --repeat 2 --ret 2 \
		--map proto_stats:17=x:02000000000000005000000000000000
	grep -q bswap16 <<<"$(disasm "$b/packet_stats.o")" ||
		fail "MCPU v4 did not reach the code generator"
	compgen -G "$b/packet_stats.o.*-link.ll" >/dev/null ||
		fail "FLAGS --save-temps did not reach irbpf"
	if [ $rust = 1 ]; then
		bpfrun "$b/rust_filter.o" rust_filter --in "$UDP_53" --ret 2
		bpfrun "$b/rust_filter.o" rust_filter --in "$SCTP" --ret 1
	fi

	cmake --build "$b" -v >again.log 2>&1
	! grep -q "bin/irbpf " again.log || fail "no-op build ($gen) ran irbpf"
	sleep 1
	touch src/xdp/include/parse.h
	cmake --build "$b" -v >again.log 2>&1
	grep -q "bin/irbpf .*-o $WORK/$b/packet_stats.o" again.log ||
		fail "changing parse.h ($gen) did not relink packet_stats.o"
	! grep -q "proto_count.bpf.o$" again.log || fail "parse.h relinked proto_count.bpf.o"
	echo "ok: $gen"
done
[ $rust = 1 ] || echo "note: cargo-irbpf is not installed; RUST_CRATE not tested"
echo PASS
