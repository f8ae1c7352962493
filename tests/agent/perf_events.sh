# Perf event array records (bpf_perf_event_output, one buffer per CPU)
# print like ring buffer records, although the kernel pads each of them
# past the size of its struct.
. "$(dirname "$0")/../lib.sh"
. "$TESTS_DIR/agent/helpers.bash"
need_bpf

agent_obj agent_perfbuf
start_agent out.txt err.txt agent_perfbuf.o
pid=$(python_calls 'os.getpgid(0)' 4)
stop_agent
cat err.txt
expect_records out.txt perf_events "$pid" 4

start_agent out.json err.txt --json agent_perfbuf.o
pid=$(python_calls 'os.getpgid(0)' 2)
stop_agent
mine=$(json_lines_query out.json "[l for l in lines[:-1] if l['data']['pid'] == $pid]")
[ "$mine" = "[{'event': 'perf_events', 'data': {'pid': $pid, 'calls': 1, 'comm': '$PYTHON_COMM'}}, {'event': 'perf_events', 'data': {'pid': $pid, 'calls': 2, 'comm': '$PYTHON_COMM'}}]" ] ||
	fail "records of pid $pid: $mine"
[ "$(json_lines_query out.json "lines[-1]['events']['perf_events']['printed'] == len(lines) - 1")" = True ] ||
	fail "events in the document: $(json_lines_query out.json "lines[-1]['events']")"
echo PASS
