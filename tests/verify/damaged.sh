# Objects damaged in one field (BTF, ELF header): irbpf verify, verify
# --json and inspect each say why in one "irbpf: error:" line and exit 1;
# libbpf never sees the object (its 1.1 parser crashed on the BTF one).
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/helpers.bash"
need_bpf

build_obj "$TESTS_DIR/c/xdp_count.c" good.o
bpfrun good.o count_packets --in-size 40 --ret 2 --map counts:0=1
"$IRBPF" verify good.o >/dev/null || fail "the undamaged object is rejected"
"$IRBPF" inspect good.o >/dev/null || fail "inspect fails on the undamaged object"

# one_error FILE PATTERN: FILE holds exactly one line, an irbpf error
# matching PATTERN.
one_error() {
	[ "$(wc -l <"$1")" -eq 1 ] || fail "expected one line on stderr: $(cat "$1")"
	grep -Eq "^irbpf: error: $2" "$1" || fail "'$(cat "$1")' does not match /$2/"
}

check() {
	local kind=$1 pattern=$2 rc before after
	python3 "$TESTS_DIR/tools/damage_obj.py" "$kind" good.o damaged.o
	before=$(ls -A)

	rc=0
	"$IRBPF" verify damaged.o >table.txt 2>err.txt || rc=$?
	[ "$rc" -eq 1 ] || fail "$kind: irbpf verify exited $rc: $(cat err.txt)"
	one_error err.txt "damaged\\.o: $pattern"
	grep -Eq "^damaged\\.o +- +- +error$" table.txt || fail "$kind: not listed as an error"

	rc=0
	"$IRBPF" verify --json damaged.o >v.json 2>err.txt || rc=$?
	[ "$rc" -eq 1 ] || fail "$kind: irbpf verify --json exited $rc"
	one_error err.txt "damaged\\.o: $pattern"
	python3 - v.json "$pattern" <<'PY'
import json, re, sys
doc = json.load(open(sys.argv[1]))
o = doc["objects"][0]
assert re.match(sys.argv[2], o["error"]), o
assert o["programs"] == [] and doc["errors"] == 1, doc
PY

	rc=0
	"$IRBPF" inspect damaged.o >inspect.txt 2>err.txt || rc=$?
	[ "$rc" -eq 1 ] || fail "$kind: irbpf inspect exited $rc: $(cat inspect.txt)"
	[ ! -s inspect.txt ] || fail "$kind: inspect printed a report: $(cat inspect.txt)"
	one_error err.txt "damaged\\.o: $pattern"

	rm -f table.txt v.json inspect.txt err.txt
	after=$(ls -A)
	[ "$before" = "$after" ] || fail "$kind: files left behind: $after"
	echo "ok: $kind"
}

check var-type "invalid BTF: type \\[[0-9]+\\] VAR 'counts' refers to type 255; the last type is [0-9]+$"
check shoff-end "the section header table \\([0-9]+ entries of 64 bytes at offset [0-9]+\\) does not fit in the file \\([0-9]+ bytes\\)$"
check shnum-zero "no sections \\(a section count of 0 in the ELF header"
echo PASS
