# An object whose BTF the kernel rejects (a type name that is not a C
# identifier) is an error with the kernel's complaint and a hint.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/helpers.bash"
need_bpf

build_obj "$TESTS_DIR/c/xdp_count.c" good.o
bpfrun good.o count_packets --in-size 40 --ret 2 --map counts:0=1
"$IRBPF" verify good.o >/dev/null || fail "the unmodified object is rejected"

# Rename 'xdp_md' to 'xdp:md' inside the .BTF section's strings.
python3 - good.o bad.o <<'PY'
import struct, sys
data = bytearray(open(sys.argv[1], "rb").read())
shoff, = struct.unpack_from("<Q", data, 0x28)
shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3a)
def section(i):
    name, _, _, _, off, size = struct.unpack_from("<IIQQQQ", data, shoff + i * shentsize)
    return name, off, size
_, stroff, _ = section(shstrndx)
for i in range(shnum):
    name, off, size = section(i)
    if data[stroff + name:stroff + name + 5] == b".BTF\0":
        at = data.find(b"\0xdp_md\0", off, off + size)
        assert at > 0, "xdp_md not in .BTF"
        data[at + 1:at + 7] = b"xdp:md"
        open(sys.argv[2], "wb").write(data)
        break
else:
    sys.exit("no .BTF section")
PY

rc=0
"$IRBPF" verify bad.o >table.txt 2>diag.txt || rc=$?
cat diag.txt
[ "$rc" -eq 1 ] || fail "irbpf verify exited $rc for invalid BTF"
grep -Eq "^bad\\.o: error: invalid BTF: \\[[0-9]+\\] STRUCT xdp:md size=[0-9]+ vlen=[0-9]+ Invalid name$" diag.txt ||
	fail "no invalid BTF error naming the type"
grep -Eq "^bad\\.o: hint: the kernel rejects this BTF \\(names must be C identifiers" diag.txt ||
	fail "no hint for invalid BTF"
grep -Eq "^bad\\.o +- +- +error$" table.txt || fail "object not listed as an error"

rc=0
"$IRBPF" verify --json bad.o >v.json 2>/dev/null || rc=$?
[ "$rc" -eq 1 ] || fail "irbpf verify --json exited $rc"
python3 -c '
import json, sys
o = json.load(open(sys.argv[1]))["objects"][0]
assert o["error"].startswith("invalid BTF: [") and "xdp:md" in o["error"], o
assert o["hint"] and o["programs"] == [], o
' v.json
echo PASS
