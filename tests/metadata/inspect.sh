# "irbpf inspect --json" describes any BPF object (irbpf's, clang's, legacy
# layouts) in a document that follows driver/inspect/inspect.schema.json,
# does not depend on the file's path and reports what the object holds.
. "$(dirname "$0")/../lib.sh"
SCHEMA=$TESTS_DIR/../driver/inspect/inspect.schema.json
CHECK="python3 $TESTS_DIR/metadata/schema_check.py"

bc_bpf "$TESTS_DIR/c/xdp_count.c" xdp.bc
"$IRBPF" xdp.bc -o xdp.o
bc_host "$TESTS_DIR/metadata/annotated_maps.c" maps.bc
for fmt in btf legacy aya gobpf; do
	"$IRBPF" --map-format=$fmt maps.bc -o maps_$fmt.o
done
"$IRBPF" --kversion=5.10.3 "$TESTS_DIR/c/socket_filter.ll" -o sock.o
obj_clang "$TESTS_DIR/c/xdp_count.c" clang_xdp.o
# A legacy object straight from clang, as pre-1.0 libbpf programs were.
cat > old.c <<'C'
struct bpf_map_def { unsigned int type, key_size, value_size, max_entries, map_flags; };
struct bpf_map_def __attribute__((section("maps"), used)) old_map = { 1, 4, 8, 128, 0 };
__attribute__((section("kprobe/do_sys_open"), used)) int trace(void *ctx) { return 0; }
char _license[] __attribute__((section("license"), used)) = "Dual BSD/GPL";
unsigned int _version __attribute__((section("version"), used)) = 0x050400;
C
obj_clang old.c old.o
objs=(xdp.o maps_btf.o maps_legacy.o maps_aya.o maps_gobpf.o sock.o clang_xdp.o old.o)
if [ -f "$VMLINUX_DIR/vmlinux.h" ]; then
	obj_clang "$TESTS_DIR/c/core_task.c" core.o
	objs+=(core.o)
fi
for o in "${objs[@]}"; do
	"$IRBPF" inspect --json "$o" > "$o.json"
	"$IRBPF" inspect "$o" > "$o.txt"
done
$CHECK "$SCHEMA" "${objs[@]/%/.json}"
echo "ok: ${#objs[@]} documents follow the schema"

python3 - <<'PY'
import json, os
def doc(name):
    return json.load(open(name + ".json"))
d = doc("xdp.o")
assert d["license"] == "GPL" and d["gpl_compatible"] and d["kernel_version"] is None, d
assert d["btf"] and d["btf_ext"] and d["core_relocations"] == 0, d
assert d["programs"] == [{"name": "count_packets", "section": "xdp", "type": "xdp",
                          "insns": d["programs"][0]["insns"], "global": True}], d["programs"]
assert d["programs"][0]["insns"] > 5
assert [(m["name"], m["type"], m["key_size"], m["value_size"], m["max_entries"], m["definition"])
        for m in d["maps"]] == [("counts", "array", 4, 8, 4, "btf")], d["maps"]
assert d["data"] == [{"section": ".data", "size": 4}, {"section": ".rodata", "size": 4}], d["data"]
assert doc("clang_xdp.o")["maps"] == d["maps"] and doc("clang_xdp.o")["programs"] == d["programs"]
for fmt, layout in [("btf", "btf"), ("legacy", "legacy"), ("aya", "aya"), ("gobpf", "gobpf")]:
    maps = {m["name"]: m for m in doc("maps_%s.o" % fmt)["maps"]}
    assert sorted(maps) == ["counts", "events", "flows"], maps
    assert all(m["definition"] == layout for m in maps.values()), maps
    assert maps["flows"]["type"] == "hash" and maps["flows"]["flags"] == 1, maps["flows"]
s = doc("sock.o")
assert s["kernel_version"] == (5 << 16) + (10 << 8) + 3 and not s["btf"], s
assert s["programs"][0]["type"] == "socket_filter" and s["data"][0]["section"] == ".bss", s
o = doc("old.o")
assert o["license"] == "Dual BSD/GPL" and o["kernel_version"] == 0x050400, o
assert o["maps"][0]["name"] == "old_map" and o["maps"][0]["definition"] == "legacy", o["maps"]
assert o["maps"][0]["max_entries"] == 128 and o["programs"][0]["type"] == "kprobe", o
if os.path.exists("core.o.json"):
    assert doc("core.o")["core_relocations"] >= 2, doc("core.o")
print("ok: inspect reports the objects' contents")
PY
grep -q '^  count_packets .* xdp .* insns$' xdp.o.txt || fail "text output: $(cat xdp.o.txt)"
grep -q '^license: GPL (GPL-compatible)$' xdp.o.txt || fail "text licence"

# Stable: the same object elsewhere, inspected twice, gives the same bytes.
mkdir -p elsewhere/deeper
cp xdp.o elsewhere/deeper/renamed.o
(cd elsewhere && "$IRBPF" inspect --json deeper/renamed.o > ../again.json)
cmp xdp.o.json again.json || fail "inspect output depends on the path"

expect_error "missing.o: cannot open" "$IRBPF" inspect missing.o
expect_error "xdp.bc: not an ELF object" "$IRBPF" inspect xdp.bc
expect_error "not a BPF object \(ELF machine 62\)" "$IRBPF" inspect "$BPFRUN"
expect_error "inspect: no input file" "$IRBPF" inspect
expect_error "inspect: unexpected argument '--yaml'" "$IRBPF" inspect xdp.o --yaml
echo PASS
