# irbpf-agent prints at most --max-entries entries per map (default 1024)
# and says how many it left out, in text and --json; a stop signal ends a
# long dump at exit (8 million entries with --max-entries 0).
. "$(dirname "$0")/../lib.sh"
. "$TESTS_DIR/agent/helpers.bash"
need_bpf

agent_obj agent_bigmap
head -c 64 /dev/zero >packet.bin

# run_filled OUT ERR ARGS...: the agent, fill() run once, then SIGINT.
run_filled() {
	local out=$1 err=$2 id
	shift 2
	start_agent "$out" "$err" "$@" agent_bigmap.o
	id=$(prog_ids "$out")
	[ -n "$id" ] || id=$(sed -n 's/^  prog .* id \([0-9][0-9]*\) .*/\1/p' "$err")
	"$BPFTOOL" prog run id "$id" data_in packet.bin repeat 1 >/dev/null ||
		fail "cannot run fill() (prog id '$id')"
	stop_agent
}

run_filled out.txt err.txt
sed -n '/^-- maps at exit/,$p' out.txt >maps.txt
grep -q '^    key 5: 42$' maps.txt || fail "big[5] not shown: $(head -n 20 maps.txt)"
grep -q '^    (1023 zero entries not shown)$' maps.txt || fail "zero entries of big: $(cat maps.txt | grep '(')"
grep -q '^    (7998976 more entries not shown: --max-entries 1024)$' maps.txt ||
	fail "no count of big's entries left out: $(grep '(' maps.txt)"
grep -q '^    (1976 more entries not shown: --max-entries 1024)$' maps.txt ||
	fail "no count of filled's entries left out: $(grep '(' maps.txt)"
[ "$(grep -c '^    key ' maps.txt)" -eq 1025 ] || fail "$(grep -c '^    key ' maps.txt) entries shown"
echo "ok: text"

run_filled json.out json.err --json --max-entries 100
python3 - json.out <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
maps, cut = doc["maps"], doc["maps_truncated"]
assert len(maps["filled"]) == 100 and len(maps["big"]) == 100, {k: len(v) for k, v in maps.items()}
assert {"key": 5, "value": 42} in maps["big"], maps["big"][:8]
assert all(e["value"] == e["key"] + 1 for e in maps["filled"]), maps["filled"][:4]
assert cut["big"] == {"shown": 100, "left_out": 7999900, "exact": True}, cut
assert cut["filled"] == {"shown": 100, "left_out": 2900, "exact": True}, cut
assert "maps_stopped_by" not in doc, doc
PY
echo "ok: json"

# All 8 million entries: SIGINT stops the run, SIGTERM the dump.
start_agent out.txt err.txt --max-entries 0 agent_bigmap.o
kill -INT "$AGENT_PID"
for _ in $(seq 600); do
	grep -q '^-- maps at exit' out.txt && break
	sleep 0.05
done
grep -q '^-- maps at exit' out.txt || fail "no map dump began"
kill -TERM "$AGENT_PID"
rc=0
timeout 120 tail --pid="$AGENT_PID" -f /dev/null || fail "irbpf-agent still runs after SIGTERM"
wait "$AGENT_PID" || rc=$?
[ "$rc" -eq 0 ] || fail "irbpf-agent exited with $rc"
grep -q '^    (stopped by Terminated; maps after this one not shown)$' out.txt ||
	fail "the dump does not say it was stopped: $(tail -n 3 out.txt)"
echo "ok: SIGTERM during the dump"
echo PASS
