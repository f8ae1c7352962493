# --map-format writes annotated maps in the layout an older loader reads;
# a reader written here (as those loaders read them) checks every field,
# and "irbpf inspect" agrees. libbpf 1.x refuses these sections, which is
# why btf is the default.
. "$(dirname "$0")/../lib.sh"
SRC=$TESTS_DIR/metadata/annotated_maps.c
READ="python3 $TESTS_DIR/metadata/legacy_maps.py"

bc_host "$SRC" maps.bc -g0

check_layout() {	# FORMAT SIZE SECTION-OF-counts
	local fmt=$1 size=$2 sec=$3
	"$IRBPF" --map-format="$fmt" maps.bc -o "$fmt.o"
	$READ "$fmt.o" > "$fmt.json"
	python3 - "$fmt.json" "$size" "$sec" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
size, sec = int(sys.argv[2]), sys.argv[3]
maps = {m["name"]: m for m in doc["maps"]}
assert sorted(maps) == ["counts", "events", "flows"], maps
want = {"counts": (2, 4, 8, 4, 0), "flows": (1, 4, 8, 16, 1), "events": (2, 4, 4, 2, 0)}
for name, fields in want.items():
    m = maps[name]
    assert m["size"] == size, m
    assert (m["type"], m["key_size"], m["value_size"], m["max_entries"], m["map_flags"]) == fields, m
    assert m["section"] == sec.replace("NAME", name), m
    if size == 28:
        assert m["id"] == 0 and m["pinning"] == 0, m
    if size == 280:
        assert m["pinning"] == 0 and m["namespace"] == "", m
assert doc["map_relocations"] == ["counts", "events", "flows"], doc["map_relocations"]
PY
	"$IRBPF" inspect --json "$fmt.o" > "$fmt.inspect.json"
	python3 - "$fmt.inspect.json" "$size" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
layout = {20: "legacy", 28: "aya", 280: "gobpf"}[int(sys.argv[2])]
for m in doc["maps"]:
    assert m["definition"] == layout, m
assert {m["name"]: m["max_entries"] for m in doc["maps"]} == {"counts": 4, "flows": 16, "events": 2}
PY
	echo "ok: --map-format=$fmt"
}

check_layout legacy 20 maps
check_layout cilium 20 maps
check_layout aya 28 maps
check_layout gobpf 280 maps/NAME

# libbpf 1.x rejects the legacy section: the default must be btf.
if "$BPFRUN" --probe 2>/dev/null; then
	! "$BPFRUN" legacy.o 2>bpfrun.err || fail "libbpf 1.x loaded a legacy maps section"
	grep -q "legacy map definitions" bpfrun.err || fail "unexpected libbpf error: $(cat bpfrun.err)"
fi

# Pinning: the 28-byte layout's pinning 1 (by name) becomes libbpf's
# pinning attribute, aya's 1 and gobpf's PIN_GLOBAL_NS; the 20-byte
# layouts cannot hold it.
cat > pinned.c <<'C'
#define SEC(name) __attribute__((section(name), used))
struct def { unsigned int type, key_size, value_size, max_entries, map_flags, id, pinning; };
struct def pinned SEC("maps") = { 2, 4, 4, 1, 0, 0, 1 };
static void *(*lookup)(void *, const void *) = (void *)1;
SEC("socket") int prog(void *ctx) { unsigned int k = 0, *v = lookup(&pinned, &k); return v ? *v : 0; }
char LICENSE[] SEC("license") = "GPL";
C
bc_host pinned.c pinned.bc
expect_error "map 'pinned' \\(pinned.c:3\\) asks for pinning.*--map-format=legacy" \
	"$IRBPF" --map-format=legacy pinned.bc -o pinned.o
expect_error "map 'pinned' \\(pinned.c:3\\) asks for pinning.*--map-format=cilium" \
	"$IRBPF" --map-format=cilium pinned.bc -o pinned.o
"$IRBPF" --map-format=aya pinned.bc -o pinned_aya.o
"$IRBPF" --map-format=gobpf pinned.bc -o pinned_gobpf.o
$READ pinned_aya.o > pinned_aya.json
$READ pinned_gobpf.o > pinned_gobpf.json
grep -q '"pinning": 1' pinned_aya.json || fail "aya pinning lost"
grep -q '"pinning": 2' pinned_gobpf.json || fail "gobpf pinning is not PIN_GLOBAL_NS"
"$IRBPF" pinned.bc -o pinned_btf.o
"$IRBPF" inspect --json pinned_btf.o > pinned_btf.json
grep -q '"pinned": true' pinned_btf.json || fail "BTF map not pinned"
bpftool btf dump file pinned_btf.o > pinned_btf.txt
grep -q "'pinning' type_id" pinned_btf.txt || fail "no pinning attribute in BTF"

expect_error "invalid value 'libbpf0' for --map-format" "$IRBPF" --map-format=libbpf0 maps.bc -o x.o
[ ! -e pinned.o ] && [ ! -e x.o ] || fail "output written after an error"
echo PASS
