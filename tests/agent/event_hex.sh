# Records that no one BTF struct describes print as hex bytes; --event-type
# names the struct. Naming a map or type that is not there is an error.
. "$(dirname "$0")/../lib.sh"
. "$TESTS_DIR/agent/helpers.bash"
need_bpf

agent_obj agent_rawbuf
le32() {
	printf '%02x %02x %02x %02x' $(($1 & 255)) $(($1 >> 8 & 255)) $(($1 >> 16 & 255)) $(($1 >> 24))
}

# two structs of the record's size: hex
start_agent out.txt err.txt agent_rawbuf.o
pid=$(python_calls 'os.uname()' 2)
stop_agent
n=$(grep -cx "event raw $(le32 "$pid") ee ff c0 00" out.txt || true)
[ "$n" = 2 ] || fail "$n hex records of pid $pid, expected 2: $(grep -m3 '^event' out.txt)"

start_agent out.json err.txt --json agent_rawbuf.o
pid=$(python_calls 'os.uname()' 1)
stop_agent
hex=$(le32 "$pid" | tr -d ' ')eeffc000
n=$(json_lines_query out.json "sum(l == {'event': 'raw', 'hex': '$hex'} for l in lines)")
[ "$n" = 1 ] || fail "$n hex records of pid $pid in JSON, expected 1"

# named: by the struct's name, with or without "struct "
start_agent out.txt err.txt --event-type raw=tagged agent_rawbuf.o
pid=$(python_calls 'os.uname()' 1)
stop_agent
grep -qx "event raw {pid=$pid, tag=12648430}" out.txt || fail "no record of pid $pid as struct tagged"
start_agent out.txt err.txt --event-type 'raw=struct pair' agent_rawbuf.o
pid=$(python_calls 'os.uname()' 1)
stop_agent
grep -qx "event raw {first=$pid, second=12648430}" out.txt || fail "no record of pid $pid as struct pair"

expect_agent_error "invalid value 'raw' for --event-type" --event-type raw agent_rawbuf.o
expect_agent_error "no ring buffer or perf event array named 'nosuch'" \
	--event-type nosuch=tagged agent_rawbuf.o
expect_agent_error "BTF has no type 'nosuch'" --event-type raw=nosuch agent_rawbuf.o
echo PASS
