# The CI recipe (examples/ci/bpf-artifacts.sh) with the installed tree: two
# runs (each in its own build directory, the second after the sources were
# touched) give identical objects, manifests and SHA256SUMS; the manifests
# describe the programs and maps; the objects load and run; the installed
# irbpf-agent-static is published with them.
. "$(dirname "$0")/installed.bash"
need_bpf

recipe=$IRBPF_SOURCE_DIR/examples/ci/bpf-artifacts.sh
cp -r "$IRBPF_SOURCE_DIR/examples/cmake/toolchain" src
CFLAGS="-fstack-protector-strong -march=native" sh "$recipe" src out1 >run1.log 2>&1 ||
	fail "recipe failed: $(tail -n 5 run1.log)"
sleep 1
touch src/*
sh "$recipe" src out2 >run2.log 2>&1 || fail "second run failed: $(tail -n 5 run2.log)"

(cd out1 && sha256sum -c --quiet SHA256SUMS) || fail "SHA256SUMS does not match out1"
diff out1/SHA256SUMS out2/SHA256SUMS || fail "checksums differ between runs"
for f in packet_stats.o packet_stats_v4.o; do
	grep -q " $f\$" out1/SHA256SUMS && grep -q " $f.json\$" out1/SHA256SUMS ||
		fail "SHA256SUMS lacks $f or its manifest"
done

if [ -x "$P/bin/irbpf-agent-static" ]; then
	cmp out1/irbpf-agent-static "$P/bin/irbpf-agent-static" || fail "published agent differs"
	grep -q " irbpf-agent-static\$" out1/SHA256SUMS || fail "SHA256SUMS lacks irbpf-agent-static"
	out1/irbpf-agent-static --version | grep -q '^irbpf-agent .*(libbpf ' ||
		fail "published agent does not run"
else
	grep -q 'publishing objects only' run1.log || fail "no note about the missing agent"
fi
IRBPF_AGENT= sh "$recipe" src out3 >run3.log 2>&1 || fail "IRBPF_AGENT= run failed: $(tail -n 5 run3.log)"
[ ! -e out3/irbpf-agent-static ] || fail "IRBPF_AGENT= published an agent"

python3 - out1/packet_stats.o.json <<'PY' || fail "manifest does not describe packet_stats.o"
import json, sys
m = json.load(open(sys.argv[1]))
progs = {p["name"]: p for p in m["programs"]}
maps = {x["name"]: x for x in m["maps"]}
assert progs["packet_stats"]["section"] == "xdp", progs
st = maps["proto_stats"]
assert (st["key_size"], st["value_size"], st["max_entries"]) == (4, 16, 256), st
assert m["license"] == "GPL" and m["btf"], m
PY
bpfrun out1/packet_stats.o packet_stats --in "$UDP_53" --ret 2 \
	--map proto_stats:17=x:01000000000000002800000000000000
bpfrun out1/packet_stats_v4.o packet_stats --in "$SCTP" --ret 1
echo PASS
