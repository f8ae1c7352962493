# The C hello-world (examples/c/hello_tp.c): every execve says hello in
# the trace pipe and is counted; the run prints maps every --interval.
. "$(dirname "$0")/../lib.sh"
. "$TESTS_DIR/agent/helpers.bash"
need_bpf

# a short relative path: execve's filename is what the trace line shows
prog=./irbpf-hello-$$
cp /bin/true "$prog"
start_agent out.txt err.txt --interval 0.2 "$EXAMPLES_BIN/c/hello_tp.o"
"$prog"
"$prog"
"$prog"
sleep 0.5
stop_agent
cat err.txt
lines=$(grep -c "bpf_trace_printk: hello from irbpf: execve $prog\$" out.txt || true)
[ "$lines" = 3 ] || fail "$lines hello lines for $prog, expected 3"
grep -q '^-- maps after [0-9.]* s$' out.txt || fail "no map print at --interval"
count=$(sed -n '/^-- maps at exit/,$p' out.txt | sed -n 's/^    key 0: \([0-9]*\)$/\1/p')
[ -n "$count" ] && [ "$count" -ge 3 ] || fail "exec_count is '$count', expected at least 3"
echo PASS
