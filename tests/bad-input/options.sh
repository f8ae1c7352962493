# Invalid option values.
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
echo PASS
