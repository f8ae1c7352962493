# Invalid option values; an output named twice; --save-temps without a
# file name to build its names from.
. "$(dirname "$0")/lib.bash"

src prog <<C
$SOCK int prog(void *ctx) { return 0; }
$LIC
C
bc_bpf prog.c prog.bc
bad "^irbpf: error: invalid value 'v9' for -mcpu \(expected v1, v2, v3 or v4\)$" -mcpu=v9 prog.bc
bad "^irbpf: error: invalid value '' for -mcpu " -mcpu= prog.bc
bad "^irbpf: error: invalid optimisation level '-O7' \(expected -O0, -O1, -O2 or -O3\)$" -O7 prog.bc
bad "^irbpf: error: unknown option '--bogus'$" --bogus prog.bc
bad "^irbpf: error: invalid value 'bogus' for --map-format " --map-format=bogus prog.bc
bad "^irbpf: error: -o given twice \('first\.o' and 'out\.o'\)$" -o first.o prog.bc
bad "^irbpf: error: -MF given twice \('a\.d' and 'b\.d'\)$" -MF a.d -MFb.d prog.bc
[ ! -e first.o ] && [ ! -e a.d ] && [ ! -e b.d ] || fail "a file written"
OUT=- NO_PRIOR=1 bad "^irbpf: error: --save-temps names its files after the output: it needs -o FILE, not -o -$" \
	--save-temps prog.bc
[ -z "$(find . -name '-*')" ] || fail "files named after '-' written"
echo PASS
