# A PROG_ARRAY with initial values (.values = { [1] = &tail_a }) is
# filled by libbpf after all programs of the object are loaded: irbpf
# verify and --verify load the object as a loader does, so every program
# is accepted, and a program the verifier rejects is reported alone.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/helpers.bash"
need_bpf

bc_bpf "$VERIFY_SRC/tail_slots.c" good.bc
bc_bpf "$VERIFY_SRC/tail_slots.c" bad.bc -DWITH_REJECTED

"$IRBPF" --verify good.bc -o good.o 2>err.txt ||
	fail "--verify refused an object a loader loads: $(cat err.txt)"
[ ! -s err.txt ] || fail "--verify printed: $(cat err.txt)"
# The slots are filled: a short packet goes to tail_a (XDP_TX), a long
# one to tail_b (XDP_DROP).
bpfrun good.o dispatch --in-size 64 --ret 3
bpfrun good.o dispatch --in-size 200 --ret 1

"$IRBPF" verify good.o >table.txt 2>diag.txt || fail "irbpf verify: $(cat diag.txt)"
[ ! -s diag.txt ] || fail "diagnostics for accepted programs: $(cat diag.txt)"
for p in tail_a tail_b dispatch; do
	grep -Eq "^good\\.o +$p +xdp +accepted +[1-9]" table.txt || fail "$p not accepted: $(cat table.txt)"
done
"$IRBPF" verify --prog tail_a good.o >one.txt || fail "--prog tail_a: $(cat one.txt)"
[ "$(tail -n +2 one.txt | wc -l)" -eq 1 ] && grep -Eq "^good\\.o +tail_a +xdp +accepted" one.txt ||
	fail "--prog tail_a: $(cat one.txt)"

# One program rejected: only it, with its verifier error; the others
# (loaded again without it) stay accepted.
"$IRBPF" bad.bc -o bad.o
rc=0
"$IRBPF" verify --json bad.o >bad.json 2>diag.txt || rc=$?
cat diag.txt
[ "$rc" -eq 1 ] || fail "irbpf verify exited $rc for a rejected program"
line=$(marked_line "$VERIFY_SRC/tail_slots.c")
grep -Eq "tail_slots\\.c:$line:[0-9]+: error: R0 invalid mem access 'map_value_or_null' \\(program 'unchecked', insn [0-9]+\\)$" diag.txt ||
	fail "no verifier error for 'unchecked'"
[ "$(grep -c ': error: ' diag.txt)" -eq 1 ] || fail "errors for accepted programs"
python3 - bad.json <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
progs = {p["name"]: p for p in doc["objects"][0]["programs"]}
assert doc["accepted"] == 3 and doc["rejected"] == 1 and doc["errors"] == 0, doc
assert progs["unchecked"]["verdict"] == "rejected", progs["unchecked"]
for name in ("tail_a", "tail_b", "dispatch"):
    p = progs[name]
    assert p["verdict"] == "accepted" and p["verified_insns"] > 0, p
print("json ok")
PY
rc=0
"$IRBPF" --verify bad.bc -o bad2.o 2>err.txt || rc=$?
[ "$rc" -eq 1 ] && [ ! -e bad2.o ] || fail "--verify wrote an object with a rejected program (rc $rc)"
[ "$(grep -c ': error: .*(program ' err.txt)" -eq 1 ] || fail "--verify: $(cat err.txt)"
echo "ok: tail slots"
