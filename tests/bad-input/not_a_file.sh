# Inputs that are not files of IR: devices and FIFOs that would be read
# for ever, a file too large to be a program, a stream of the wrong kind
# (stopped after its first bytes), and directories, with the same reason
# in every command that reads a file.
. "$(dirname "$0")/lib.bash"

prog_bc
RUN_AS=(timeout 120)	# a run that reads for ever fails rather than hangs

bad "^irbpf: error: /dev/zero: cannot read input: not a regular file or pipe$" /dev/zero
bad "^irbpf: error: /dev/urandom: cannot read input: not a regular file or pipe$" prog.bc /dev/urandom
# The runtime is read only for a program that calls a function it does
# not define (a helper by name).
src helper <<C
long bpf_ktime_get_ns(void);
$SOCK int prog(void *ctx) { return (int)bpf_ktime_get_ns(); }
$LIC
C
bc_bpf helper.c helper.bc
bad "^irbpf: error: helper\.bc: cannot read runtime '/dev/zero': not a regular file or pipe$" \
	--runtime /dev/zero helper.bc
"$IRBPF" --runtime /dev/zero prog.bc -o unneeded.o || fail "an unneeded runtime was read"
mkfifo fifo.bc
bad "^irbpf: error: fifo\.bc: empty input file$" fifo.bc
truncate -s 1025M huge.ll
bad "^irbpf: error: huge\.ll: cannot read input: larger than 1 GiB$" huge.ll
rm huge.ll

# Standard input is read whatever it is, but stops at a wrong start.
RUN_AS=(timeout 120 sh -c 'exec "$@" < /dev/zero' sh)
bad "^irbpf: error: <stdin>: not LLVM bitcode \(no 'BC' signature\) and not textual IR$" -
RUN_AS=(timeout 120 sh -c 'cat /dev/urandom | (printf "\0"; cat) | "$@"' sh)
bad "^irbpf: error: <stdin>: not LLVM bitcode \(no 'BC' signature\) and not textual IR$" -
RUN_AS=(sh -c 'exec "$@" < prog.bc' sh)
"${RUN_AS[@]}" "$IRBPF" - -o from-stdin.o

# A directory: "Is a directory" from every command.
RUN_AS=()
mkdir dir
bad "^irbpf: error: dir: cannot read input: Is a directory$" dir
expect_error "^irbpf: error: dir: cannot open: Is a directory$" "$IRBPF" inspect dir
expect_error "^irbpf: error: /dev/zero: cannot open: not a regular file or pipe$" \
	timeout 120 "$IRBPF" inspect /dev/zero
if bpfrun --probe; then	# verify needs bpf() before it reads
	expect_error "^irbpf: error: dir: cannot read: Is a directory$" "$IRBPF" verify dir
	bpfrun from-stdin.o prog --in-size 64 --ret 0
fi
echo PASS
