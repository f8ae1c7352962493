# The output directory is missing, or the output path is a directory; a
# name as long as a file name may be works.
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

# 250 bytes (NAME_MAX is 255): the temporary's name is not made from it.
long=$(printf 'o%.0s' $(seq 248)).o
"$IRBPF" prog.bc -o "$long"
no_temp_files .
if bpfrun --probe; then
	bpfrun "$long" prog --in-size 64 --ret 0
fi
echo PASS
