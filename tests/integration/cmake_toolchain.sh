# (a) An external CMake project through the installed toolchain.cmake:
# examples/cmake/toolchain (two sources, per-target -mcpu=v4) plus a
# bitcode library and a CO-RE program against the generated vmlinux.h,
# with make and ninja; objects loaded and run in the kernel; depfiles and
# IRBPF_FLAGS trigger the rebuilds they should; the installed agent runs
# the CO-RE object; irbpf is found beside the toolchain file, on PATH, or
# from -DIRBPF.
. "$(dirname "$0")/installed.bash"
need_bpf

toolchain=$P/share/irbpf/toolchain.cmake
cp -r "$IRBPF_SOURCE_DIR/examples/cmake/toolchain" src
cp "$TESTS_DIR/c/core_task.c" src/core_task.bpf.c
cat >>src/CMakeLists.txt <<'CM'

# Test additions: a program linked with a bitcode library, and CO-RE.
add_library(parse STATIC parse.c)
add_executable(packet_stats_lib.o packet_stats.bpf.c)
target_link_libraries(packet_stats_lib.o PRIVATE parse)
add_executable(core_task.o core_task.bpf.c)
CM

check_objects() {	# BUILD_DIR
	local b=$1 obj
	for obj in packet_stats.o packet_stats_v4.o packet_stats_lib.o; do
		# 3 UDP packets of IP length 40: packets 3, bytes 120; SCTP dropped.
		bpfrun "$b/$obj" packet_stats --in "$UDP_53" --repeat 3 --ret 2 \
			--map proto_stats:17=x:03000000000000007800000000000000
		bpfrun "$b/$obj" packet_stats --in "$SCTP" --ret 1
	done
	bpfrun "$b/core_task.o" task_check --ret 1
	# -mcpu=v4 reached irbpf for one target only: bswap is a v4 instruction.
	grep -q bswap16 <<<"$(disasm "$b/packet_stats_v4.o")" ||
		fail "packet_stats_v4.o has no v4 instructions"
	! grep -q bswap <<<"$(disasm "$b/packet_stats.o")" ||
		fail "packet_stats.o has v4 instructions"
}

generators=("Unix Makefiles")
command -v ninja >/dev/null && generators+=(Ninja)
for gen in "${generators[@]}"; do
	b="build-${gen// /-}"
	cmake -G "$gen" -S src -B "$b" -DCMAKE_TOOLCHAIN_FILE="$toolchain" >"$b.log" ||
		fail "configure ($gen) failed: $(tail -n 5 "$b.log")"
	grep -q "^IRBPF:FILEPATH=$P/bin/irbpf$" "$b/CMakeCache.txt" ||
		fail "toolchain did not pick the irbpf beside it: $(grep ^IRBPF: "$b/CMakeCache.txt")"
	cmake --build "$b" >"$b.log" 2>&1 || fail "build ($gen) failed: $(tail -n 5 "$b.log")"
	check_objects "$b"

	# Nothing changed: nothing relinks. A header changed: both programs do.
	cmake --build "$b" -v >again.log 2>&1
	! grep -q "bin/irbpf" again.log || fail "no-op build ($gen) ran irbpf"
	sleep 1
	touch src/parse.h
	cmake --build "$b" -v >again.log 2>&1
	[ "$(grep -c "bin/irbpf\"* .*-o packet_stats" again.log)" -ge 2 ] ||
		fail "changing parse.h ($gen) did not relink: $(cat again.log)"

	# IRBPF_FLAGS reaches every link and relinks.
	cmake -DIRBPF_FLAGS=-mcpu=v4 "$b" >/dev/null
	cmake --build "$b" >/dev/null
	grep -q bswap16 <<<"$(disasm "$b/packet_stats.o")" ||
		fail "IRBPF_FLAGS=-mcpu=v4 ($gen) did not reach irbpf"
	cmake -DIRBPF_FLAGS= "$b" >/dev/null
	cmake --build "$b" >/dev/null
	check_objects "$b"
	echo "ok: $gen"
done

# The installed agent attaches the CO-RE program to raw_tp/sys_enter; it
# records the pid and parent pid of whatever task entered a syscall.
if [ -x "$P/bin/irbpf-agent" ]; then
	"$P/bin/irbpf-agent" --duration 0.5 --json build-Unix-Makefiles/core_task.o \
		>agent.json 2>agent.log || fail "irbpf-agent failed: $(tail -n 3 agent.log)"
	python3 - agent.json <<'PY' || fail "agent output: $(cat agent.json)"
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["programs"] == [{"name": "task_check", "section": "raw_tp/sys_enter",
                            "attached": True}], doc["programs"]
seen = {e["key"]: e["value"] for e in doc["maps"]["seen"]}
assert seen[0] > 0 and seen[1] > 0, seen
PY
fi

# irbpf from PATH when the toolchain file sits outside a prefix, and -DIRBPF.
mkdir -p loose
cp "$toolchain" loose/
cmake -S src -B b-path -DCMAKE_TOOLCHAIN_FILE="$WORK/loose/toolchain.cmake" >/dev/null
grep -q "^IRBPF:FILEPATH=$P/bin/irbpf$" b-path/CMakeCache.txt || fail "irbpf not taken from PATH"
mkdir -p other/bin
cp "$P/bin/irbpf" other/bin/
PATH=/usr/bin:/bin cmake -S src -B b-explicit -DCMAKE_TOOLCHAIN_FILE="$WORK/loose/toolchain.cmake" \
	-DIRBPF="$WORK/other/bin/irbpf" >/dev/null
grep -q "^IRBPF:FILEPATH=$WORK/other/bin/irbpf$" b-explicit/CMakeCache.txt || fail "-DIRBPF ignored"
if PATH=/usr/bin:/bin cmake -S src -B b-none -DCMAKE_TOOLCHAIN_FILE="$WORK/loose/toolchain.cmake" \
	>none.log 2>&1; then
	fail "configured without any irbpf"
fi
grep -q "irbpf not found" none.log || fail "no clear message without irbpf: $(grep -i error none.log)"
echo PASS
