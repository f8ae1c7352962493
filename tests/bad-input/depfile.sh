# -MF: the object and the depfile are written both or neither, and the
# depfile never overwrites the output or an input, however it is spelt.
. "$(dirname "$0")/lib.bash"

prog_bc
in_sum=$(sha256sum < prog.bc)

# A depfile that cannot be written leaves no new object.
bad "^irbpf: error: prog\.bc: cannot write output 'nodir/out\.d': No such file or directory$" \
	-MF nodir/out.d prog.bc
mkdir deps.d
bad "^irbpf: error: prog\.bc: cannot write output 'deps\.d': Is a directory$" -MF deps.d prog.bc

# The depfile is the output or an input: by name, through another
# spelling, through a hard link.
bad "^irbpf: error: prog\.bc: the depfile 'out\.o' is the output file 'out\.o'$" -MF out.o prog.bc
mkdir sub
bad "^irbpf: error: prog\.bc: the depfile 'sub/\.\./out\.o' is the output file 'out\.o'$" \
	-MF sub/../out.o prog.bc
bad "^irbpf: error: prog\.bc: the depfile '\./prog\.bc' is the input 'prog\.bc'$" -MF ./prog.bc prog.bc
ln prog.bc same.bc
bad "^irbpf: error: prog\.bc: the depfile 'same\.bc' is the input 'prog\.bc'$" -MF same.bc prog.bc
OUT=new.o NO_PRIOR=1 bad "^irbpf: error: prog\.bc: the depfile 'sub/\.\./new\.o' is the output file 'new\.o'$" \
	-MF sub/../new.o prog.bc
[ ! -e new.o ] || fail "new.o written"
[ "$(sha256sum < prog.bc)" = "$in_sum" ] || fail "prog.bc changed"

# Both written when both can be.
"$IRBPF" -MF out.d prog.bc -o out.o
grep -q '^out\.o: ' out.d || fail "no depfile"
if bpfrun --probe; then
	bpfrun out.o prog --in-size 64 --ret 0
fi
echo PASS
