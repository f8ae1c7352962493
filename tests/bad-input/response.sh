# Response files a build would never write: nesting that fans out, a file
# that includes itself through another, a NUL byte, a trailing backslash,
# a directory, a device. Each is one error, at once.
. "$(dirname "$0")/lib.bash"

prog_bc
RUN_AS=(timeout 120)	# a run that reads for ever fails rather than hangs

# 15 levels of 4 references each: 4^14 files to read without a total bound.
for i in $(seq 0 13); do
	n="@f$((i + 1)).rsp"
	echo "$n $n $n $n" > "f$i.rsp"
done
echo '-O2' > f14.rsp
bad "^irbpf: error: more than 1024 response files$" @f0.rsp prog.bc

# A cycle through two files, and still nothing else read or written.
echo '@b.rsp' > a.rsp
echo 'prog.bc @a.rsp' > b.rsp
bad "^irbpf: error: response file 'a\.rsp' includes itself$" @a.rsp

printf 'prog.bc\0-o elsewhere.o\n' > nul.rsp
bad "^irbpf: error: response file 'nul\.rsp' contains a NUL byte$" @nul.rsp
[ ! -e elsewhere.o ] || fail "the text after the NUL was used"
printf 'prog.bc \\' > backslash.rsp
bad "^irbpf: error: response file 'backslash\.rsp' ends in a backslash that escapes nothing$" @backslash.rsp

mkdir dir.rsp
bad "^irbpf: error: cannot read response file 'dir\.rsp': Is a directory$" @dir.rsp prog.bc
bad "^irbpf: error: cannot read response file '/dev/zero': not a regular file or pipe$" @/dev/zero prog.bc
mkfifo fifo.rsp
bad "^irbpf: error: no input files$" @fifo.rsp

# A response file that is fine still works.
printf 'prog.bc -o from-rsp.o\n' > good.rsp
"$IRBPF" @good.rsp
if bpfrun --probe; then
	bpfrun from-rsp.o prog --in-size 64 --ret 0
fi
echo PASS
