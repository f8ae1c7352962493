# bench/agent_start.sh runs end to end (one round) and reports both agents'
# sizes and start-up times. Timings are not checked.
. "$(dirname "$0")/../lib.sh"
: "${AGENT_STATIC?}" "${IRBPF_SOURCE_DIR:?}" "${IRBPF_BUILD_DIR:?}"
[ -n "$AGENT_STATIC" ] || { echo "irbpf-agent-static was not built"; exit 77; }
need_bpf

"$IRBPF_SOURCE_DIR/bench/agent_start.sh" -n 1 --build-dir "$IRBPF_BUILD_DIR" >bench.txt ||
	fail "bench/agent_start.sh failed"
cat bench.txt
for a in irbpf-agent irbpf-agent-static; do
	grep -qE "^$a +[0-9]+ +[0-9]+\$" bench.txt || fail "no size line for $a"
	grep -qE "^  $a +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+\$" bench.txt || fail "no timing line for $a"
done
echo PASS
