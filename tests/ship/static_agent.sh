# irbpf-agent-static needs nothing from the host's file system: in a private
# mount namespace whose root holds only the agent, an object and fresh
# mounts of proc, sysfs and tracefs, it loads a tracepoint program, attaches
# it and counts the sched_yield() calls a process outside makes, and it
# reports a missing object in words. Both agents name the libbpf they carry
# in --version.
: "${AGENT_STATIC?}" "${AGENT_DYNAMIC:?}"
[ -n "$AGENT_STATIC" ] || { echo "irbpf-agent-static was not built"; exit 77; }
export AGENT=$WORK/in_empty_root
. "$(dirname "$0")/../lib.sh"
. "$TESTS_DIR/agent/helpers.bash"

ldd "$AGENT_STATIC" >ldd.txt 2>&1 || true
grep -q 'not a dynamic executable' ldd.txt || fail "ldd irbpf-agent-static: $(cat ldd.txt)"
! readelf -l "$AGENT_STATIC" | grep -q INTERP || fail "irbpf-agent-static names a program interpreter"

# libbpf_major/minor_version() of the library each agent runs with: the
# static one what it was linked with (libbpf-dev), the dynamic one the
# host's libbpf.so.1.
version_of() {	# AGENT: the "M.N" of "(libbpf M.N)"
	local v
	v=$("$1" --version)
	[[ "$v" =~ ^irbpf-agent\ [0-9.]+\ \(libbpf\ ([0-9]+\.[0-9]+)\)$ ]] ||
		fail "unexpected --version output of $1: $v"
	echo "${BASH_REMATCH[1]}"
}
static_v=$(version_of "$AGENT_STATIC")
want=$(pkg-config --modversion libbpf | cut -d. -f1,2)
[ "$static_v" = "$want" ] || fail "static agent carries libbpf $static_v, libbpf.a is $want"
so=$(realpath "$(ldd "$AGENT_DYNAMIC" | sed -n 's/.*libbpf\.so[^ ]* => \([^ ]*\) .*/\1/p')")
dynamic_v=$(version_of "$AGENT_DYNAMIC")
[[ "$(basename "$so")" == libbpf.so."$dynamic_v".* ]] ||
	fail "dynamic agent reports libbpf $dynamic_v, runs with $so"
echo "libbpf: static $static_v, dynamic $dynamic_v ($so)"

need_bpf
agent_obj agent_yield
root=$WORK/root
mkdir -p "$root/proc" "$root/sys"
cp "$AGENT_STATIC" "$root/irbpf-agent"
cp agent_yield.o "$root/"
[ "$(ls "$root" | tr '\n' ' ')" = "agent_yield.o irbpf-agent proc sys " ] ||
	fail "root holds more than the agent and the object: $(ls "$root")"

# The agent's pid stays the one start_agent sees: each step execs the next.
cat >"$AGENT" <<'SH'
#!/bin/sh
exec unshare --mount --propagation private sh -c '
	set -e
	mount -t proc proc "$ROOT/proc"
	mount -t sysfs sysfs "$ROOT/sys"
	mount -t tracefs tracefs "$ROOT/sys/kernel/tracing"
	exec chroot "$ROOT" /irbpf-agent "$@"' sh "$@"
SH
chmod +x "$AGENT"
export ROOT=$root
trap '[ -z "${AGENT_PID:-}" ] || kill "$AGENT_PID" 2>/dev/null || true' EXIT

# An error is reported in words there too (strerror without locale files).
rc=0
"$AGENT" /missing.o >missing.out 2>missing.err || rc=$?
[ "$rc" = 1 ] || fail "a missing object gave exit $rc: $(cat missing.err)"
grep -qx 'irbpf-agent: error: cannot open /missing.o: No such file or directory' missing.err ||
	fail "missing object: $(cat missing.err)"

start_agent out.json err.txt --json /agent_yield.o
pid=$(python3 -c 'import os
for _ in range(9):
    os.sched_yield()
print(os.getpid())')
stop_agent
AGENT_PID=
cat err.txt

[ "$(json_query out.json "doc['programs']")" = \
  "[{'name': 'count_yield', 'section': 'tracepoint/syscalls/sys_enter_sched_yield', 'attached': True}]" ] ||
	fail "programs: $(json_query out.json "doc['programs']")"
count=$(map_value out.json yield_count "$pid")
[ "$count" = 9 ] || fail "yield_count[$pid] is $count, expected 9"
echo PASS
