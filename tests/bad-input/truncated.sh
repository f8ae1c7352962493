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

# A damaged identification block with an abbreviation of absurd VBR width
# (found by fuzz_input; irbpf's own reader once shifted by it).
echo 'QkPA3jUUAKMFAAAAYgw0oEhZDAJtQkPAc3ltdGFiz39FTEZzAA==' | base64 -d > vbr.bc
bad "^irbpf: error: vbr\.bc: invalid or truncated bitcode: " vbr.bc

# An array of 2^40 zero-width elements in the identification block: the
# reader once counted through them all.
echo 'QkPA3jUUAAAFAAAAYkwwAgICAgICAgICAgICAgICAgICAgICAgIC/////////////weHB4UHh4eHh4eHh4eHhyIiIiIiItwiQkPA3hUUAAAFAAAAbGlua2FnIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiJlYv9DIgAAGwAAAAAAAAwA' |
	base64 -d > array.bc
RUN_AS=(timeout 20)
bad "^irbpf: error: array\.bc: invalid or truncated bitcode: " array.bc
RUN_AS=()
echo PASS
