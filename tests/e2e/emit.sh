# --emit stops where asked; the IR it writes is valid input again.
. "$(dirname "$0")/../lib.sh"
need_bpf

bc_bpf "$TESTS_DIR/c/xdp_count.c" xdp.bc
"$IRBPF" --emit=asm xdp.bc -o xdp.s
grep -q 'count_packets:' xdp.s || fail "asm lacks the entry label"
grep -q 'exit' xdp.s || fail "asm lacks exit"

"$IRBPF" --emit=llvm-ir xdp.bc -o xdp.ll
grep -q 'target triple = "bpfel"' xdp.ll || fail "IR not retargeted"
"$IRBPF" --emit=llvm-bc xdp.bc -o xdp2.bc
"$LLVM_TOOLS/llvm-bcanalyzer" xdp2.bc >/dev/null || fail "invalid bitcode"

for input in xdp.ll xdp2.bc; do
	"$IRBPF" "$input" -o again.o
	bpfrun again.o count_packets --in-size 100 --ret 2 --map counts:1=1
done

# --save-temps keeps the IR after each stage.
"$IRBPF" --save-temps xdp.bc -o saved.o
for stage in link retarget resolve internalize optimize; do
	ls saved.o.*-$stage.ll >/dev/null || fail "no IR saved after $stage"
done
bpfrun saved.o count_packets --in-size 20 --ret 2

# -v names every stage and the equivalent tool commands.
"$IRBPF" -v xdp.bc -o v.o 2>v.log
for word in read link retarget resolve internalize optimize codegen write \
	'llvm-link' 'opt -mtriple=bpfel' 'llc -march=bpfel'; do
	grep -q -- "$word" v.log || fail "-v output lacks '$word'"
done
# clang already optimised xdp.bc for BPF: -v says why default<O2> is not
# run again, and --reoptimize runs it.
grep -q "inputs already optimised for BPF" v.log || fail "-v does not say why O2 was skipped"
grep -q "passes='always-inline," v.log || fail "-v shows no always-inline pipeline"
"$IRBPF" -v --reoptimize xdp.bc -o reopt.o 2>reopt.log
grep -q "(default<O2>: --reoptimize)" reopt.log || fail "--reoptimize: $(grep -A1 'optimize' reopt.log)"
grep -q "passes='default<O2>'" reopt.log || fail "--reoptimize shows no default<O2>"
bpfrun reopt.o count_packets --in-size 20 --ret 2
echo PASS
