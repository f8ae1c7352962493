# The output directory is missing, or the output path is a directory.
. "$(dirname "$0")/lib.bash"

src prog <<C
$SOCK int prog(void *ctx) { return 0; }
$LIC
C
bc_bpf prog.c prog.bc
OUT=nodir/out.o bad "^irbpf: error: prog\.bc: cannot write output 'nodir/out\.o': No such file or directory$" prog.bc
[ ! -e nodir ] || fail "nodir created"
mkdir out.d
OUT=out.d bad "^irbpf: error: prog\.bc: cannot write output 'out\.d': Is a directory$" prog.bc
[ -d out.d ] && [ -z "$(ls -A out.d)" ] || fail "out.d changed"
echo PASS
