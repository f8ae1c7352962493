# A tracepoint program counts this shell's kill(pid, 0) calls: exactly as
# many as the test makes, in the JSON document, whatever else runs here.
# Its bpf_trace_printk lines arrive too (on stderr with --json).
. "$(dirname "$0")/../lib.sh"
. "$TESTS_DIR/agent/helpers.bash"
need_bpf

agent_obj agent_kill
start_agent out.json err.txt --json agent_kill.o
for _ in 1 2 3 4 5 6 7; do
	kill -0 $$
done
stop_agent
cat err.txt

python3 -m json.tool out.json >/dev/null || fail "stdout is not one JSON document"
[ "$(json_query out.json "doc['programs']")" = \
  "[{'name': 'count_kill0', 'section': 'tracepoint/syscalls/sys_enter_kill', 'attached': True}]" ] ||
	fail "programs: $(json_query out.json "doc['programs']")"
count=$(map_value out.json kill0_count $$)
[ "$count" = 7 ] || fail "kill0_count[$$] is $count, expected 7"
lines=$(grep -c "bpf_trace_printk: agent_kill: kill -0 from $$\$" err.txt || true)
[ "$lines" = 7 ] || fail "$lines trace lines from pid $$, expected 7"
grep -q 'SIGINT\|Interrupt' err.txt || fail "no note about stopping on SIGINT"

# --duration ends the run by itself, with the same document.
timeout 60 "$AGENT" --json --duration 0.5 agent_kill.o >dur.json 2>dur.err ||
	fail "--duration run failed: $(cat dur.err)"
json_query dur.json "doc['maps']['kill0_count']" >/dev/null
echo PASS
