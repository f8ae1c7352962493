# <irbpf/bpf.h> in host-target C without debug info: maps declared with
# IRBPF_MAP, IRBPF_MAP_FLAGS and IRBPF_MAP_SECTION become maps of that shape
# in the kernel; the licence and version macros land in their sections.
. "$(dirname "$0")/../lib.sh"
need_bpf

bc_host "$TESTS_DIR/c/runtime_maps.c" prog.bc -I"$IRBPF_INCLUDE" -g0
"$IRBPF" prog.bc -o prog.o
"$IRBPF" inspect --json prog.o > inspect.json
grep -q '"license": "Dual MIT/GPL"' inspect.json || fail "licence: $(grep license inspect.json)"
grep -q '"kernel_version": 396288' inspect.json ||
	fail "version: $(grep -i version inspect.json)"

# 92 bytes with EtherType 0x0800: skb->len 78 (after the Ethernet header),
# skb->protocol 0x0008 (network order); flows[8] = { 3 packets, 234 bytes };
# blobs[0]: 78 % 16 = 14 bytes set to 0xab.
packet=$(printf '%024x0800%0156x' 0 0)
bpfrun prog.o account --in "$packet" --repeat 3 --ret 78 \
	--map-info sizes:array:4:8:2 --map-info flows:hash:4:8:16 --map-info last:array:4:8:1 \
	--map sizes:1=3 --map flows:8=x:03000000ea000000 \
	--map blobs:0=x:abababababababababababababab0000
echo PASS
