# irbpf-agent under valgrind while it prints ring buffer and perf buffer
# records by their BTF types and as hex, and map values by BTF at every
# --interval: no memory errors, no leaks (exit 99 from valgrind fails
# stop_agent).
. "$(dirname "$0")/../lib.sh"
. "$TESTS_DIR/valgrind/helpers.bash"
: "${AGENT:?}"
. "$TESTS_DIR/agent/helpers.bash"
need_bpf

# the agent as valgrind's own process, so that stop_agent's SIGINT reaches it
printf '#!/bin/sh\nexec %s %q "$@"\n' "${VALGRIND[*]@Q}" "$AGENT" >vg-agent
chmod +x vg-agent
AGENT=$WORK/vg-agent
AGENT_START_POLLS=1200

for obj in agent_ringbuf agent_perfbuf agent_rawbuf; do
	agent_obj "$obj"
done
start_agent out.txt err.txt --interval 0.5 agent_ringbuf.o
python_calls 'os.getppid()' 3 >pid.txt
sleep 1
stop_agent
expect_records out.txt events "$(cat pid.txt)" 3

start_agent out.json err.txt --json agent_perfbuf.o
python_calls 'os.getpgid(0)' 2 >pid.txt
stop_agent
n=$(json_lines_query out.json "sum(l.get('data', {}).get('pid') == $(cat pid.txt) for l in lines)")
[ "$n" = 2 ] || fail "$n perf records of pid $(cat pid.txt), expected 2"

start_agent out.txt err.txt agent_rawbuf.o
python_calls 'os.uname()' 1 >pid.txt
stop_agent
grep -q '^event raw [0-9a-f][0-9a-f] ' out.txt || fail "no hex record"
echo PASS
