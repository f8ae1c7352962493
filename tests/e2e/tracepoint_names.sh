# A misspelt tracepoint is a warning at build time, with the closest name
# that exists: in this machine's tracefs, or with --target-btf in the
# target kernel's BTF. -Werror makes it an error. Correct names build
# without a word and load.
. "$(dirname "$0")/../lib.sh"
need_bpf

# build OUT TP RAW [IRBPF OPTIONS]: tracepoint_names.c with those sections
build() {
	local out=$1 tp=$2 raw=$3
	shift 3
	bc_bpf "$TESTS_DIR/c/tracepoint_names.c" "${out%.o}.bc" \
		-DTP_SEC="\"tracepoint/$tp\"" -DRAW_SEC="\"raw_tracepoint/$raw\""
	"$IRBPF" "$@" "${out%.o}.bc" -o "$out"
}
BTF=/sys/kernel/btf/vmlinux
[ -r "$BTF" ] || { echo "SKIP: no $BTF"; exit 77; }

build good.o syscalls/sys_enter_execve sched_switch --target-btf "$BTF" 2>err.txt ||
	fail "correct names did not build: $(cat err.txt)"
[ ! -s err.txt ] || fail "warnings for correct names: $(cat err.txt)"
"$IRBPF" verify good.o >/dev/null || fail "the kernel refused good.o"

# The target's BTF: btf_trace_<name> for raw tracepoints, the syscalls'
# functions for syscalls/sys_enter_*.
build btf.o syscalls/sys_enter_execv sched_swich --target-btf "$BTF" 2>err.txt ||
	fail "a warning stopped the build: $(cat err.txt)"
cat err.txt
grep -qxF "irbpf: warning: tracepoint 'syscalls/sys_enter_execv' does not exist in the kernel BTF '$BTF'; did you mean 'syscalls/sys_enter_execve'?" err.txt ||
	fail "no did-you-mean for the tracepoint from BTF"
grep -qxF "irbpf: warning: raw tracepoint 'sched_swich' does not exist in the kernel BTF '$BTF'; did you mean 'sched_switch'?" err.txt ||
	fail "no did-you-mean for the raw tracepoint from BTF"
[ -s btf.o ] || fail "no object after a warning"
"$IRBPF" verify btf.o >/dev/null || fail "the kernel refused btf.o"

rc=0
build werror.o syscalls/sys_enter_execv sched_switch --target-btf "$BTF" -Werror 2>err.txt || rc=$?
[ "$rc" -eq 1 ] && [ ! -e werror.o ] || fail "-Werror: exit $rc, or an output was written"
grep -q "^irbpf: error: .*tracepoint 'syscalls/sys_enter_execv' does not exist .*\\[-Werror\\]$" err.txt ||
	fail "-Werror: $(cat err.txt)"

expect_error "cannot read BTF from '$WORK/none' \\(--target-btf\\)" \
	"$IRBPF" --target-btf "$WORK/none" good.bc -o none.o
[ ! -e none.o ] || fail "output written after an unreadable --target-btf"

# Without --target-btf: this machine's tracefs events.
events=
for d in /sys/kernel/tracing/events /sys/kernel/debug/tracing/events; do
	[ -d "$d/syscalls" ] && events=$d && break
done
[ -n "$events" ] || { echo "SKIP: no tracefs with syscall events mounted"; exit 77; }
"$IRBPF" good.bc -o good2.o 2>err.txt && [ ! -s err.txt ] || fail "tracefs: $(cat err.txt)"
build tracefs.o syscalls/sys_enter_execv sched_swich 2>err.txt || fail "tracefs: $(cat err.txt)"
[ "$(cat err.txt)" = "irbpf: warning: tracepoint 'syscalls/sys_enter_execv' does not exist on this machine; did you mean 'syscalls/sys_enter_execve'?" ] ||
	fail "tracefs warning: $(cat err.txt)"
"$IRBPF" verify tracefs.o >/dev/null || fail "the kernel refused tracefs.o"
echo "ok: tracepoint names"
