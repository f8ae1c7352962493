# Out of file descriptors (a small ulimit -n) is said as such by
# irbpf-agent and irbpf verify, in one error line, rather than as a
# program the verifier rejected: libbpf's feature probes fail first and
# it rewrites the program for an older kernel, or the kernel verifies the
# program and then has no descriptor to return.
. "$(dirname "$0")/../lib.sh"
. "$TESTS_DIR/agent/helpers.bash"
need_bpf

agent_obj xdp_count
bpfrun xdp_count.o count_packets --in-size 40 --ret 2 --map counts:0=1

# limited N CMD...: CMD with only stdin, stdout and stderr open and at
# most N descriptors.
limited() {
	local n=$1
	shift
	(
		for fd in /proc/$BASHPID/fd/*; do
			fd=${fd##*/}
			[ "$fd" -le 2 ] || eval "exec $fd>&-"
		done
		ulimit -n "$n"
		exec "$@"
	)
}

for n in 6 8; do
	rc=0
	limited "$n" "$AGENT" --duration 1 xdp_count.o >out.txt 2>err.txt || rc=$?
	[ "$rc" -eq 1 ] || fail "ulimit -n $n: exit $rc: $(cat err.txt)"
	[ ! -s out.txt ] || fail "ulimit -n $n: output on stdout: $(cat out.txt)"
	[ "$(wc -l <err.txt)" -eq 1 ] || fail "ulimit -n $n: more than one line: $(cat err.txt)"
	grep -Eq "^irbpf-agent: error: loading (program 'count_packets' of )?xdp_count\\.o failed: out of file descriptors \\(Too many open files; the limit, ulimit -n, is $n\\)$" err.txt ||
		fail "ulimit -n $n: $(cat err.txt)"
	echo "ok: agent, ulimit -n $n"
done

rc=0
limited 6 "$IRBPF" verify xdp_count.o >table.txt 2>err.txt || rc=$?
[ "$rc" -eq 1 ] || fail "verify: exit $rc: $(cat err.txt)"
[ "$(wc -l <err.txt)" -eq 1 ] || fail "verify: more than one line: $(cat err.txt)"
grep -q "^irbpf: error: xdp_count\\.o: cannot load program 'count_packets' for verification: out of file descriptors" err.txt ||
	fail "verify: $(cat err.txt)"
grep -Eq "^xdp_count\\.o +count_packets +xdp +error " table.txt || fail "verify: not an error in the table: $(cat table.txt)"
echo "ok: verify"

# With descriptors enough, the same runs succeed.
limited 64 "$AGENT" --duration 0.1 xdp_count.o >out.txt 2>err.txt || fail "agent with 64 descriptors: $(cat err.txt)"
limited 64 "$IRBPF" verify xdp_count.o >/dev/null || fail "verify with 64 descriptors"
echo PASS
