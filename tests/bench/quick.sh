# The benchmark runs end to end in its quick mode (one run, small scaling
# inputs) and writes well-formed results: every row measured or skipped
# with a reason, every benchmark program loaded into the kernel. Timings
# are not checked: speed is measured by bench/run.sh, never asserted.
. "$(dirname "$0")/../lib.sh"

root=$(cd "$TESTS_DIR/.." && pwd)
build=$(cd "$(dirname "$IRBPF")/.." && pwd)
"$root/bench/run.sh" --quick --no-build --build-dir "$build" --work "$WORK/bench" \
	-o "$WORK/results.json" >table.txt || fail "bench/run.sh --quick failed"
cat table.txt

for row in 1 2 3 4 5; do
	grep -q "^$row " table.txt || fail "table has no row $row"
done
python3 "$TESTS_DIR/bench/check_results.py" "$WORK/results.json" "$root/bench/programs"
echo PASS
