# Annotated maps (20, 28 and 280 bytes; "maps" and "maps/<name>") from
# host-target C with and without -g and from BPF-target C become
# BTF-defined maps: libbpf 1.x loads them, the kernel has their shape,
# the program uses them, and a bpftool skeleton of the object works.
. "$(dirname "$0")/../lib.sh"
need_bpf
SRC=$TESTS_DIR/metadata/annotated_maps.c

check_object() {
	local obj=$1
	bpfrun "$obj" count_sizes --in-size 100 --repeat 3 --ret 2 \
		--map-info counts:array:4:8:4 --map-info flows:hash:4:8:16 \
		--map-info events:array:4:4:2 \
		--map counts:1=3 --map counts:0=0 --map flows:100=3 --map events:1=100
	local secs
	secs=$("$LLVM_TOOLS/llvm-readelf" -S "$obj")
	grep -q ' \.maps ' <<<"$secs" || fail "$obj: no .maps section"
	! grep -Eq ' maps(/[a-z]+)? ' <<<"$secs" || fail "$obj: a legacy maps section is left"
	"$IRBPF" inspect --json "$obj" > "$obj.json"
	python3 - "$obj.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
maps = {m["name"]: m for m in doc["maps"]}
want = {"counts": ("array", 4, 8, 4, 0), "flows": ("hash", 4, 8, 16, 1),
        "events": ("array", 4, 4, 2, 0)}
for name, (t, k, v, n, f) in want.items():
    m = maps[name]
    got = (m["type"], m["key_size"], m["value_size"], m["max_entries"], m["flags"])
    assert got == (t, k, v, n, f), (name, got)
    assert m["definition"] == "btf" and m["section"] == ".maps", m
PY
}

bc_host "$SRC" host_g.bc
bc_host "$SRC" host_nog.bc -g0
bc_bpf "$SRC" bpf.bc
"$LLVM_TOOLS/llvm-dis" -o host_nog.ll host_nog.bc
! grep -q '!DI' host_nog.ll || fail "-g0 input carries debug info"
for v in host_g host_nog bpf; do
	"$IRBPF" $v.bc -o $v.o
	check_object $v.o
	echo "ok: $v"
done

# Without debug info in the input, the maps still get their BTF.
bpftool btf dump file host_nog.o > host_nog.btf
grep -q "VAR 'counts'" host_nog.btf || fail "no BTF for counts"
grep -q "DATASEC '.maps'" host_nog.btf || fail "no .maps DATASEC"

# bpftool's skeleton of the output compiles against libbpf and runs.
bpftool gen skeleton host_nog.o name annotated > annotated.skel.h
cat > skel_main.c <<'C'
#include <stdio.h>
#include <bpf/bpf.h>
#include "annotated.skel.h"

int main(void)
{
	struct annotated *s = annotated__open_and_load();
	unsigned char pkt[100] = { 0 };
	__u32 key = 1;
	__u64 v = 0;
	int err;

	if (!s)
		return 1;
	LIBBPF_OPTS(bpf_test_run_opts, o, .data_in = pkt, .data_size_in = sizeof(pkt));
	err = bpf_prog_test_run_opts(bpf_program__fd(s->progs.count_sizes), &o);
	if (!err)
		err = bpf_map__lookup_elem(s->maps.counts, &key, sizeof(key), &v, sizeof(v), 0);
	printf("skeleton: retval %u counts[1] %llu\n", o.retval, (unsigned long long)v);
	annotated__destroy(s);
	return err || o.retval != 2 || v != 1;
}
C
cc -Wall -Werror -I. skel_main.c -o skel_main $(pkg-config --libs libbpf)
./skel_main
echo PASS
