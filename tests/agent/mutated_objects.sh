# 40 objects with a few bytes changed (BTF, ELF header, section headers,
# section contents) through irbpf inspect, irbpf verify and irbpf-agent:
# each run ends with exit 0, or exit 1 and an error line; no crash, no
# hang (scripts/mutate-objects.sh; a 3000-mutant run is its default).
. "$(dirname "$0")/../lib.sh"
. "$TESTS_DIR/agent/helpers.bash"
need_bpf

agent_obj xdp_count
agent_obj agent_kill
obj_clang "$TESTS_DIR/c/xdp_count.c" xdp_count.clang.o
bpfrun xdp_count.o count_packets --in-size 40 --ret 2 --map counts:0=1

build=$(dirname "$(dirname "$IRBPF")")
[ "$build/agent/irbpf-agent" -ef "$AGENT" ] || fail "irbpf-agent is not in $build/agent"
"$TESTS_DIR/../scripts/mutate-objects.sh" -n 40 -s 3 -b "$build" -f "$WORK/no-fuzz-build" \
	-o "$WORK/failed" xdp_count.o agent_kill.o xdp_count.clang.o >summary.txt ||
	fail "crashes, hangs or silent failures: $(cat summary.txt; ls "$WORK/failed")"
cat summary.txt
grep -Eq '^  inspect:.* ok=[0-9]+' summary.txt || fail "no mutant read by inspect"
grep -Eq '^  verify:.* error=[0-9]+' summary.txt || fail "no mutant refused by verify"
echo PASS
