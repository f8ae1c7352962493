# Nothing the check loads stays in the kernel: no program, no map, no
# pin, whether programs are accepted or rejected, in `irbpf verify` and
# in `irbpf --verify`.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/helpers.bash"
need_bpf
BPFTOOL=$(command -v bpftool || echo /usr/sbin/bpftool)
[ -x "$BPFTOOL" ] || { echo "SKIP: bpftool not found"; exit 77; }
if ! mount | grep -q " /sys/fs/bpf type bpf "; then
	mount -t bpf bpf /sys/fs/bpf || { echo "SKIP: cannot mount bpffs"; exit 77; }
fi
pin=/sys/fs/bpf/vfy_pinned
rm -f "$pin"

build_obj "$VERIFY_SRC/pinned.c" pinned.o
build_obj "$VERIFY_SRC/runtime_maps.c" runtime_maps.o
build_obj "$VERIFY_SRC/null_check.c" null_check.o

# A real load pins the map and leaves the pin behind: what the check
# must not do.
bpfrun pinned.o vfy_pin_count --in-size 64 --ret 2 --map vfy_pinned:0=1
[ -e "$pin" ] || fail "libbpf did not pin vfy_pinned (control)"
rm -f "$pin"

# Programs and maps of these objects, by name (other tests may load
# their own programs meanwhile).
names='["vfy_pin_count", "rt_count", "rt_report", "null_check", "vfy_pinned", "rt_flows", "rt_events", "rt_perf", "seen"]'
snapshot() {
	"$BPFTOOL" -j prog list >"$1.progs"
	"$BPFTOOL" -j map list >"$1.maps"
}
snapshot before

rc=0
"$IRBPF" verify pinned.o runtime_maps.o null_check.o >/dev/null 2>&1 || rc=$?
[ "$rc" -eq 1 ] || fail "irbpf verify exited $rc (null_check must be rejected)"
"$IRBPF" --verify pinned.bc -o checked.o || fail "--verify rejected pinned.bc"
"$IRBPF" --verify null_check.bc -o rejected.o 2>/dev/null && fail "--verify accepted null_check"
snapshot after

[ ! -e "$pin" ] || fail "the check left $pin pinned"
python3 - "$names" <<'PY'
import json, sys
names = set(json.loads(sys.argv[1]))
def ids(path):
    return {e["id"]: e.get("name", "") for e in json.load(open(path))}
for kind in ("progs", "maps"):
    before, after = ids("before." + kind), ids("after." + kind)
    left = {i: n for i, n in after.items()
            if i not in before and n in names}
    assert not left, f"{kind} left loaded: {left}"
print("nothing left loaded")
PY
echo PASS
