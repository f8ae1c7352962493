# irbpf inspect lists the global variables of .data/.rodata/.bss (name,
# section, offset, size, C type from BTF), takes several files (a text
# block each; with --json an array), and its documents follow the schema.
# The offsets are those the kernel's maps hold the values at.
. "$(dirname "$0")/../lib.sh"
need_bpf
SCHEMA=$TESTS_DIR/../driver/inspect/inspect.schema.json
CHECK="python3 $TESTS_DIR/metadata/schema_check.py"

bc_bpf "$TESTS_DIR/c/globals.c" globals.bc
"$IRBPF" globals.bc -o globals.o
obj_clang "$TESTS_DIR/c/globals.c" clang_globals.o
bc_bpf "$TESTS_DIR/c/xdp_count.c" xdp.bc
"$IRBPF" xdp.bc -o xdp.o

"$IRBPF" inspect --json globals.o >one.json
"$IRBPF" inspect --json globals.o clang_globals.o xdp.o >many.json
$CHECK "$SCHEMA" one.json
python3 - one.json many.json <<'PY'
import json, sys
one = json.load(open(sys.argv[1]))
many = json.load(open(sys.argv[2]))
assert isinstance(many, list) and len(many) == 3 and many[0] == one, "array of documents"
g = {v["name"]: v for v in one["globals"]}
want = {
    "threshold": (".rodata", 4, "volatile const __u32", True),
    "tag": (".rodata", 8, "volatile const char[8]", True),
    "seen": (".bss", 4, "__u32", True),
    "last_len": (".bss", 4, "__u32", True),
    "hidden": (".bss", 4, "__u32", False),
    "total": (".data", 8, "__u64", True),
}
for name, (sec, size, typ, glob) in want.items():
    v = g[name]
    assert (v["section"], v["size"], v["type"], v["global"]) == (sec, size, typ, glob), v
# Variables of a section do not overlap and fit in it.
sizes = {d["section"]: d["size"] for d in one["data"]}
for sec in sizes:
    vs = sorted((v for v in one["globals"] if v["section"] == sec), key=lambda v: v["offset"])
    for a, b in zip(vs, vs[1:]):
        assert a["offset"] + a["size"] <= b["offset"], (a, b)
    assert all(v["offset"] + v["size"] <= sizes[sec] for v in vs), vs
# clang's object has the same variables, types and sizes.
c = {v["name"]: (v["section"], v["size"], v["type"]) for v in many[1]["globals"]}
assert c == {n: (v["section"], v["size"], v["type"]) for n, v in g.items()}, c
assert many[2]["programs"][0]["name"] == "count_packets", many[2]
open("bss.txt", "w").write(" ".join("%s:%d" % (v["name"], v["offset"])
                                    for v in one["globals"] if v["section"] == ".bss"))
PY

# Run the program twice on a 60-byte packet: seen = 2, last_len = 60 + 'i',
# at the offsets inspect gave, in the kernel's .bss map.
declare -A off
for kv in $(cat bss.txt); do off[${kv%%:*}]=${kv#*:}; done
size=$(python3 -c 'import json; print([d["size"] for d in json.load(open("one.json"))["data"] if d["section"] == ".bss"][0])')
hex=$(python3 - "$size" "${off[seen]}" "${off[last_len]}" <<'PY'
import struct, sys
size, seen, last = map(int, sys.argv[1:])
buf = bytearray(size)
buf[seen:seen + 4] = struct.pack("<I", 2)
buf[last:last + 4] = struct.pack("<I", 60 + ord("i"))
print(buf.hex())
PY
)
# 'hidden' takes 60 ^ 60 = 0 after two runs: the whole .bss is known.
bpfrun globals.o globals --in-size 60 --repeat 2 --ret 2 --map "globals.bss:0=x:$hex"

# Text: a block per file, each starting with its name.
"$IRBPF" inspect globals.o xdp.o >many.txt
grep -q '^globals.o: BPF object$' many.txt && grep -q '^xdp.o: BPF object$' many.txt ||
	fail "text: no header per file"
grep -Eq '^  threshold +\.rodata +\+0x[0-9a-f]+ +4 bytes  volatile const __u32$' many.txt ||
	fail "text: no line for threshold: $(grep -A9 '^globals:' many.txt)"
grep -Eq '^  hidden +\.bss .* \(static\)$' many.txt || fail "text: static variable not marked"

# A file that cannot be read: an error for it, the others still described.
rc=0
"$IRBPF" inspect --json xdp.o missing.o >partial.json 2>err.txt || rc=$?
[ "$rc" -eq 1 ] || fail "exit $rc with an unreadable file"
grep -q "^irbpf: error: missing.o: cannot open" err.txt || fail "$(cat err.txt)"
python3 -c 'import json,sys; d = json.load(open("partial.json")); assert d[1] is None and d[0]["programs"], d'
echo "ok: inspect globals"
