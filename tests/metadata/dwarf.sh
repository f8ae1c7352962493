# The object keeps .BTF/.BTF.ext and loses DWARF by default (sections,
# their relocations, their section symbols and names); -g keeps DWARF.
# Code, data and relocations are the same either way.
. "$(dirname "$0")/../lib.sh"
READELF=$LLVM_TOOLS/llvm-readelf

bc_bpf "$TESTS_DIR/c/xdp_count.c" xdp.bc
"$IRBPF" xdp.bc -o plain.o
"$IRBPF" -g xdp.bc -o debug.o

"$READELF" -S -s plain.o > plain.txt
"$READELF" -S -s debug.o > debug.txt
! grep -q 'debug' plain.txt || fail "DWARF left in the default output: $(grep debug plain.txt | head -3)"
! grep -aq '\.debug_' plain.o || fail "DWARF section names left in the string table"
grep -q ' \.BTF ' plain.txt && grep -q ' \.BTF\.ext ' plain.txt && grep -q ' \.rel\.BTF ' plain.txt ||
	fail "BTF sections missing"
grep -q ' \.debug_info ' debug.txt && grep -q ' \.rel\.debug_info ' debug.txt ||
	fail "-g lost DWARF"

# Same code, data, BTF and relocations (by symbol name) in both.
for sec in xdp .text .data .rodata .maps license .BTF .BTF.ext; do
	cmp <("$READELF" -x "$sec" plain.o | tail -n +2) <("$READELF" -x "$sec" debug.o | tail -n +2) ||
		fail "section $sec differs between default and -g"
done
rels() {	# section offset type symbol, for the non-DWARF relocation sections
	"$READELF" -r "$1" | awk '/^Relocation section/ { skip = ($3 ~ /debug/); sec = $3; next }
		!skip && NF >= 5 && $1 ~ /^[0-9a-f]+$/ { print sec, $1, $3, $5 }'
}
rels plain.o > plain.rel
rels debug.o > debug.rel
[ "$(wc -l < plain.rel)" -gt 10 ] || fail "too few relocations: $(cat plain.rel)"
cmp plain.rel debug.rel || fail "relocations differ"

"$IRBPF" inspect --json plain.o > plain.json
python3 - plain.json <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert d["btf"] and d["btf_ext"] and d["func_info"] == 2 and d["line_info"] > 0, d
PY

# libbpf's static linker (bpftool gen object) is the strict reader.
bpftool gen object linked.o plain.o
bpftool gen object linked_g.o debug.o

need_bpf
for obj in plain.o debug.o linked.o; do
	bpfrun "$obj" count_packets --in-size 100 --ret 2 --map counts:1=1
done
echo PASS
