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
grep "^event perf_events {pid=$pid, " out.txt >mine.txt || true
for i in 1 2 3 4; do
	echo "event perf_events {pid=$pid, calls=$i, comm=\"$PYTHON_COMM\"}"
done >expected.txt
diff -u expected.txt mine.txt || fail "records of pid $pid differ"
printed=$(grep -c '^event perf_events ' out.txt)
sed -n '/^-- maps at exit/,$p' out.txt >exit.txt
grep -qx "    ($printed events printed)" exit.txt ||
	fail "the map report does not count $printed events: $(cat exit.txt)"
! grep -q 'Unknown error\|not readable' out.txt err.txt || fail "a map was read as entries"

start_agent out.json err.txt --json agent_perfbuf.o
pid=$(python_calls 'os.getpgid(0)' 2)
stop_agent
mine=$(json_lines_query out.json "[l for l in lines[:-1] if l['data']['pid'] == $pid]")
[ "$mine" = "[{'event': 'perf_events', 'data': {'pid': $pid, 'calls': 1, 'comm': '$PYTHON_COMM'}}, {'event': 'perf_events', 'data': {'pid': $pid, 'calls': 2, 'comm': '$PYTHON_COMM'}}]" ] ||
	fail "records of pid $pid: $mine"
[ "$(json_lines_query out.json "lines[-1]['events']['perf_events']['printed'] == len(lines) - 1")" = True ] ||
	fail "events in the document: $(json_lines_query out.json "lines[-1]['events']")"
echo PASS
