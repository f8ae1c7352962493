# Programs the kernel's verifier rejects, each for a different reason:
# `irbpf verify` reports each one as file:line:col: error: with the
# verifier's message, the failing instruction, and a hint.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/helpers.bash"
need_bpf

progs=(null_check unbounded_loop packet_bounds stack_limit wrong_helper too_large)
for p in "${progs[@]}"; do
	build_obj "$VERIFY_SRC/$p.c" "$p.o"
done
# clang's own object: irbpf verify checks any BPF object.
obj_clang "$VERIFY_SRC/gpl_only.c" gpl_only.o

rc=0
"$IRBPF" verify "${progs[@]/%/.o}" gpl_only.o >table.txt 2>diag.txt || rc=$?
cat diag.txt
[ "$rc" -eq 1 ] || fail "irbpf verify exited $rc for rejected programs"

expect_rejection diag.txt null_check "R0 invalid mem access 'map_value_or_null'" \
	"the pointer may be NULL"
expect_rejection diag.txt unbounded_loop "infinite loop detected at insn [0-9]+" \
	"cannot see this loop end"
expect_rejection diag.txt packet_bounds "invalid access to packet, off=0 size=4, R[0-9].*" \
	"check the access against the end of the packet"
expect_rejection diag.txt stack_limit "combined stack size of 2 calls is [0-9]+\\. Too large" \
	"512 bytes of stack"
expect_rejection diag.txt wrong_helper "program of this type cannot use helper bpf_get_stackid#27" \
	"helper is not available to this program type"
expect_rejection diag.txt gpl_only "cannot call GPL-restricted function from non-GPL compatible program" \
	"GPL-only: declare a GPL-compatible licence"
expect_rejection diag.txt too_large "BPF program is too large\\. Processed [0-9]+ insn" \
	"gave up after a million instructions"

# Notes carry the failing instruction and the register state behind it,
# with the line that set it; not the whole log.
grep -Eq "null_check\\.c:[0-9]+:[0-9]+: note: insn 7: r[0-9] = \\*\\(u64 \\*\\)\\(r0 \\+0\\)$" diag.txt ||
	fail "no note with the failing instruction"
grep -Eq "null_check\\.c:16:[0-9]+: note: R0=map_value_or_null\\(.*\\) set by insn [0-9]+: call bpf_map_lookup_elem#1$" diag.txt ||
	fail "no note with R0's state from the lookup at line 16"
grep -Eq "packet_bounds\\.c:[0-9]+:[0-9]+: note: R1=pkt\\(r=0\\)" diag.txt ||
	fail "no note with the unchecked packet pointer"
grep -Eq "stack_limit\\.c:[0-9]+:[0-9]+: note: stack bytes per function: stack_limit [0-9]+ \\+ scratch [0-9]+$" diag.txt ||
	fail "no note with the stack per function"
# The source line and a caret under the column, as compilers show them.
grep -Eq "^ +18 \\| .*\\*count \\+= 1; /\\* rejected here \\*/$" diag.txt ||
	fail "no source line for null_check"
[ "$(wc -l <diag.txt)" -lt 60 ] || fail "diagnostics are not a summary: $(wc -l <diag.txt) lines"

# The table lists every program as rejected.
for p in "${progs[@]}" gpl_only; do
	grep -Eq "^$p\\.o +$p +[a-z_]+ +rejected " table.txt || fail "$p not rejected in the table"
done

# Without debug info there is no line info: the error names the object,
# the function and the instruction instead.
"$CLANG" -target bpf -O2 -I"$MULTIARCH_INC" -emit-llvm -c "$VERIFY_SRC/packet_bounds.c" -o nodebug.bc
"$IRBPF" nodebug.bc -o nodebug.o
rc=0
"$IRBPF" verify nodebug.o >/dev/null 2>nodebug.txt || rc=$?
[ "$rc" -eq 1 ] || fail "irbpf verify exited $rc without debug info"
grep -Eq "^nodebug\\.o: error: invalid access to packet, .* \\(program 'packet_bounds', function 'packet_bounds', insn [0-9]+\\)$" nodebug.txt ||
	fail "no function and insn without line info: $(head -n 1 nodebug.txt)"

# --json gives CI the same facts (too_large left out: it is slow to verify).
fast=(null_check unbounded_loop packet_bounds stack_limit wrong_helper)
rc=0
"$IRBPF" verify --json "${fast[@]/%/.o}" gpl_only.o >v.json 2>/dev/null || rc=$?
[ "$rc" -eq 1 ] || fail "irbpf verify --json exited $rc"
python3 - "$VERIFY_SRC" v.json <<'PY'
import json, os, sys
src, path = sys.argv[1], sys.argv[2]
doc = json.load(open(path))
progs = [p for o in doc["objects"] for p in o["programs"]]
assert doc["rejected"] == len(progs) == 6 and doc["accepted"] == 0, doc
for p in progs:
    e = p["error"]
    marked = next(i + 1 for i, l in enumerate(open(os.path.join(src, p["name"] + ".c")))
                  if "rejected here" in l)
    assert p["verdict"] == "rejected" and p["errno"] > 0, p
    assert os.path.basename(e["file"]) == p["name"] + ".c", e
    assert e["line"] == marked and e["column"] > 0, (p["name"], e["line"], marked)
    assert e["message"] and e["hint"] and "rejected here" in e["source"], e
    assert e["insn"] >= 0, e
    assert p["processed_insns"] > 0, p
print("json ok:", ", ".join(p["name"] for p in progs))
PY
echo PASS
