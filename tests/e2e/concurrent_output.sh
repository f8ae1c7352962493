# Two irbpf processes writing the same output path at once leave one
# complete object, never a mix, and a reader never sees a partial file.
. "$(dirname "$0")/../lib.sh"
need_bpf

sed 's/return pass_verdict;/return XDP_DROP;/' "$TESTS_DIR/c/xdp_count.c" > drop.c
bc_bpf "$TESTS_DIR/c/xdp_count.c" pass.bc
bc_bpf drop.c drop.bc
"$IRBPF" pass.bc -o pass.o
"$IRBPF" drop.bc -o drop.o
cmp -s pass.o drop.o && fail "the two objects must differ"

# Every observation of out.o must equal one of the two objects.
watch_output() {
	local seen=0
	while [ ! -e stop ]; do
		if cp out.o snap.o 2>/dev/null; then
			cmp -s snap.o pass.o || cmp -s snap.o drop.o ||
				{ echo "partial or mixed output seen" > watch.err; return; }
			seen=$((seen + 1))
		fi
	done
	echo "$seen" > watch.count
}

cp pass.o out.o
watch_output &
watcher=$!
for i in $(seq 1 25); do
	"$IRBPF" pass.bc -o out.o &
	a=$!
	"$IRBPF" drop.bc -o out.o &
	b=$!
	wait "$a" || fail "writer of pass.o failed in round $i"
	wait "$b" || fail "writer of drop.o failed in round $i"
	cmp -s out.o pass.o || cmp -s out.o drop.o || fail "round $i left a mixed object"
done
touch stop
wait "$watcher"
[ ! -e watch.err ] || fail "$(cat watch.err)"
echo "watcher checked out.o $(cat watch.count) times"
no_temp_files .

# The survivor is a loadable object that behaves as one of the two.
rc=0
bpfrun out.o count_packets --in-size 64 --ret 2 || rc=$?
[ "$rc" -eq 0 ] || bpfrun out.o count_packets --in-size 64 --ret 1 ||
	fail "the final object neither passes nor drops"
echo PASS
