# Valid bitcode cut at several offsets, including in half.
. "$(dirname "$0")/lib.bash"

src prog <<C
$SOCK int prog(void *ctx) { return 0; }
$LIC
C
bc_bpf prog.c prog.bc
size=$(stat -c %s prog.bc)
for cut in 4 8 20 100 $((size / 2)) $((size - 4)) $((size - 1)); do
	head -c "$cut" prog.bc > cut$cut.bc
	bad "^irbpf: error: cut$cut\.bc: invalid or truncated bitcode: " cut$cut.bc
done
echo PASS
