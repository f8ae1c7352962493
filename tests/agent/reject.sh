# A program the verifier rejects: irbpf-agent names it and shows the
# verifier's reason, the instruction and the source line, in a few lines
# rather than the whole log, exits 1 and leaves nothing loaded.
. "$(dirname "$0")/../lib.sh"
. "$TESTS_DIR/agent/helpers.bash"
need_bpf

agent_obj agent_reject
rc=0
"$AGENT" --verifier-log full.log agent_reject.o >out.txt 2>err.txt || rc=$?
cat err.txt
[ "$rc" -eq 1 ] || fail "exit status $rc, expected 1"
[ ! -s out.txt ] || fail "output on stdout: $(cat out.txt)"
head -n 1 err.txt | grep -q "^irbpf-agent: error: program 'unchecked_read' (section 'xdp') was rejected by the kernel verifier: invalid access to packet, off=100 " ||
	fail "no rejection line with the verifier's reason"
grep -q '^  R1 offset is outside of the packet$' err.txt || fail "the verifier's detail is missing"
grep -q '^  source: .*data\[100\].* @ agent_reject.c:29$' err.txt || fail "the source line is missing"
grep -q '^  insn [0-9]*: r[0-9] = \*(u8 \*)(r[0-9] +100)$' err.txt || fail "the instruction is missing"
! grep -q 'processed [0-9]* insns' err.txt || fail "statistics shown"
[ "$(wc -l <err.txt)" -le 12 ] || fail "$(wc -l <err.txt) lines on stderr"
# The log itself is long; the whole of it is in the file.
[ "$(wc -l <full.log)" -gt 100 ] || fail "short full log ($(wc -l <full.log) lines)"
grep -q '^invalid access to packet' full.log || fail "full log lacks the error"
echo PASS
