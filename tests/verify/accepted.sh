# Accepted programs get the verifier's figures, in the table and in
# --json: processed >= verified instructions > 0, states, stack, time.
# Maps a loader sizes at run time do not stop the check.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/helpers.bash"
need_bpf

build_obj "$TESTS_DIR/c/xdp_count.c" xdp_count.o
build_obj "$VERIFY_SRC/runtime_maps.c" runtime_maps.o
# The same object runs: 100-byte packets count as big (key 1).
bpfrun xdp_count.o count_packets --in-size 100 --repeat 3 --ret 2 --map counts:1=3

# A plain libbpf load cannot create runtime_maps' ring buffer (no size):
# a loader sizes it at run time. irbpf verify sizes it for the check.
rc=0
bpfrun runtime_maps.o rt_count --in-size 64 2>libbpf.txt || rc=$?
[ "$rc" -eq 1 ] && grep -q "map 'rt_events': failed to create" libbpf.txt ||
	fail "expected libbpf itself to refuse the unsized ring buffer (rc $rc)"

"$IRBPF" verify xdp_count.o runtime_maps.o >table.txt 2>diag.txt ||
	fail "irbpf verify rejected accepted programs: $(cat diag.txt)"
cat table.txt
[ ! -s diag.txt ] || fail "diagnostics for accepted programs: $(cat diag.txt)"
head -n 1 table.txt | grep -Eq "^File +Program +Type +Verdict +Insns +Verified +Processed +Peak states +Stack +Time \\(us\\)$" ||
	fail "table header"
rows=0
while read -r file prog type verdict insns verified processed peak stack usec; do
	[ "$verdict" = accepted ] || fail "$prog: $verdict"
	[ "$insns" -gt 0 ] && [ "$verified" -gt 0 ] && [ "$processed" -ge "$verified" ] ||
		fail "$prog: implausible insns=$insns verified=$verified processed=$processed"
	[ "$peak" -ge 1 ] && [ "$stack" -ge 0 ] && [ "$usec" -ge 0 ] || fail "$prog: figures"
	rows=$((rows + 1))
done < <(tail -n +2 table.txt | sed 's/Peak states/Peak_states/')
[ "$rows" -eq 3 ] || fail "expected 3 programs in the table, got $rows"

"$IRBPF" verify --json xdp_count.o runtime_maps.o >v.json || fail "verify --json failed"
python3 - v.json <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["accepted"] == 3 and doc["rejected"] == 0 and doc["errors"] == 0, doc
objs = {o["file"]: o for o in doc["objects"]}
assert set(objs) == {"xdp_count.o", "runtime_maps.o"}, objs.keys()
for o in objs.values():
    for p in o["programs"]:
        assert p["verdict"] == "accepted" and "error" not in p, p
        assert p["processed_insns"] >= p["verified_insns"] > 0, p
        assert p["insns"] > 0 and p["peak_states"] >= 1 and p["total_states"] >= p["peak_states"], p
        assert p["verification_time_usec"] >= 0, p
        assert p["stack_depth"] == sum(p["stack_depth_per_subprog"]), p
        assert p["type"] == "xdp" and p["section"] == "xdp", p
# both runtime_maps programs call the shared subprogram
rt = {p["name"]: p for p in objs["runtime_maps.o"]["programs"]}
assert set(rt) == {"rt_count", "rt_report"}, rt.keys()
assert all(len(p["stack_depth_per_subprog"]) == 2 for p in rt.values()), rt
print("json ok")
PY

# --prog checks one program only.
"$IRBPF" verify --json --prog rt_report runtime_maps.o >one.json || fail "--prog failed"
python3 -c '
import json, sys
doc = json.load(open(sys.argv[1]))
names = [p["name"] for o in doc["objects"] for p in o["programs"]]
assert names == ["rt_report"], names
' one.json
echo PASS
