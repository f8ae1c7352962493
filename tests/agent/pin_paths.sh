# --pin DIR is checked as the real path it names: ".." in a part that does
# not exist yet is refused, a path that leads out of bpffs is refused and
# creates nothing, and a run that fails (a rejected program) removes the
# directories it made.
. "$(dirname "$0")/../lib.sh"
. "$TESTS_DIR/agent/helpers.bash"
need_bpf

agent_obj xdp_count
agent_obj agent_reject
base=/sys/fs/bpf/irbpf-test-pin-$$
trap 'rm -rf "$base"' EXIT

# ".." below a directory that does not exist: nothing is created, here
# or in bpffs.
escape=$base/../../../..$WORK/escaped
expect_agent_error "--pin .*: '\\.\\.' in a part of the path that does not exist yet" \
	--duration 1 --pin "$escape" xdp_count.o
[ "$(wc -l <err.txt)" -eq 1 ] || fail "more than one line: $(cat err.txt)"
[ ! -e "$WORK/escaped" ] || fail "created $WORK/escaped outside bpffs"
[ ! -e "$base" ] || fail "created $base"

# The same path once $base exists: it names $WORK/escaped, not on bpffs.
mkdir "$base"
expect_agent_error "--pin .* \\(that is, $WORK/escaped\\) is not on bpffs" \
	--duration 1 --pin "$escape" xdp_count.o
[ ! -e "$WORK/escaped" ] || fail "created $WORK/escaped outside bpffs"
rmdir "$base"

# A rejected program: the error, and no DIR/{maps,links} left behind.
expect_agent_error "program 'unchecked_read' \\(section 'xdp'\\) was rejected by the kernel verifier" \
	--pin "$base/run" agent_reject.o
[ ! -e "$base" ] || fail "left behind: $(find "$base")"

# A directory that existed before stays; only what the run made goes.
mkdir "$base"
expect_agent_error "program 'unchecked_read'" --pin "$base/a/b" agent_reject.o
[ -d "$base" ] || fail "removed $base, which existed before the run"
[ ! -e "$base/a" ] || fail "left behind: $(find "$base")"

# A good run with "." and "//" in DIR pins under the real path.
"$AGENT" --duration 0.2 --pin "$base/./x//y/" xdp_count.o >out.txt 2>err.txt ||
	fail "pinned run failed: $(cat err.txt)"
[ -e "$base/x/y/maps/counts" ] || fail "no map pinned at $base/x/y/maps/counts: $(find "$base")"
grep -q "pinned at $base/x/y/maps/counts$" out.txt || fail "report names another path: $(grep pinned out.txt)"
echo PASS
