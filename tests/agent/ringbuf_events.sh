# Ring buffer records print as they arrive, one line each, with the fields
# of their BTF struct: exactly the calls a process of the test's own made,
# in text and in --json. The map report counts them instead of trying to
# read the ring buffer like a map, and struct values of other maps print
# by field.
. "$(dirname "$0")/../lib.sh"
. "$TESTS_DIR/agent/helpers.bash"
need_bpf

agent_obj agent_ringbuf
start_agent out.txt err.txt agent_ringbuf.o
pid=$(python_calls 'os.getppid()' 5)
stop_agent
cat err.txt
expect_records out.txt events "$pid" 5
grep -qx "    key $pid: {calls=5, comm=\"$PYTHON_COMM\"}" exit.txt ||
	fail "per_pid[$pid] is not {calls=5, comm=\"$PYTHON_COMM\"}"

# --json: one object per record, then the document, each one line
start_agent out.json err.txt --json agent_ringbuf.o
pid=$(python_calls 'os.getppid()' 3)
stop_agent
json_lines_query out.json "len(lines)" >/dev/null || fail "stdout is not JSON lines"
mine=$(json_lines_query out.json "[l['data'] for l in lines[:-1] if l['data']['pid'] == $pid]")
[ "$mine" = "[{'pid': $pid, 'calls': 1, 'comm': '$PYTHON_COMM'}, {'pid': $pid, 'calls': 2, 'comm': '$PYTHON_COMM'}, {'pid': $pid, 'calls': 3, 'comm': '$PYTHON_COMM'}]" ] ||
	fail "records of pid $pid: $mine"
[ "$(json_lines_query out.json "all(l['event'] == 'events' for l in lines[:-1])")" = True ] ||
	fail "a record line does not name map 'events'"
[ "$(json_lines_query out.json "lines[-1]['events'] == {'events': {'printed': len(lines) - 1, 'lost': 0}}")" = True ] ||
	fail "events in the document: $(json_lines_query out.json "lines[-1]['events']")"
[ "$(json_lines_query out.json "'events' in lines[-1]['maps']")" = False ] ||
	fail "the ring buffer is listed among the maps"
value=$(json_lines_query out.json "next(e['value'] for e in lines[-1]['maps']['per_pid'] if e['key'] == $pid)")
[ "$value" = "{'calls': 3, 'comm': '$PYTHON_COMM'}" ] || fail "per_pid[$pid] is $value"
! grep -q 'cannot be read' err.txt || fail "a note about reading the ring buffer as a map"
echo PASS
