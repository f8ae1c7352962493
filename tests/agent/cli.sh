# Usage errors are one line each, exit 1; --help and --version exit 0.
# An object that is a directory is said to be one; names are escaped.
. "$(dirname "$0")/../lib.sh"
. "$TESTS_DIR/agent/helpers.bash"

"$AGENT" --help > help.out
grep -q '^Usage: irbpf-agent' help.out || fail "--help"
"$AGENT" --version | grep -q '^irbpf-agent .*(libbpf 1\.' || fail "--version"

expect_agent_error 'no object file given'
expect_agent_error 'one object file expected' a.o b.o
expect_agent_error "invalid value 'soon' for --duration" --duration soon x.o
expect_agent_error "invalid value '-1' for --interval" --interval -1 x.o
expect_agent_error "no network interface 'irbpf-none0'" --iface irbpf-none0 x.o
expect_agent_error 'cannot open missing.o' missing.o
echo 'not an ELF file' >junk.o
expect_agent_error 'cannot open junk.o' --json junk.o
mkdir adir
expect_agent_error 'cannot open adir: Is a directory$' adir
expect_agent_error 'cannot open bad\\nname\\x1b\[1m\.o: ' "$(printf 'bad\nname\033[1m.o')"
[ "$(wc -l < err.txt)" -le 2 ] && ! grep -q $'\e' err.txt || fail "raw name printed: $(cat err.txt)"
echo PASS
