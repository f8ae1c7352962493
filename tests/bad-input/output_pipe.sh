# -o - whose reader has gone: one error line and exit 1, not a silent
# death by SIGPIPE.
. "$(dirname "$0")/lib.bash"

prog_bc

# fd 4: the write end of a FIFO whose only reader (fd 3) is closed.
mkfifo pipe
exec 3<>pipe 4>pipe 3<&-
expect_error "^irbpf: error: prog\.bc: cannot write output to standard output: Broken pipe$" \
	sh -c 'exec "$@" >&4' sh "$IRBPF" prog.bc -o -
[ "$(wc -l < stderr)" -eq 1 ] || fail "more than one line: $(cat stderr)"

exec 4>&-
[ -p pipe ] || fail "the FIFO was replaced"
no_temp_files .
echo PASS
