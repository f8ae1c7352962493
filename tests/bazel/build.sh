# The example workspace builds with `bazel build //...`; its objects load
# and run in the kernel; a header change re-runs only the actions of the
# targets that include it.
. "$(dirname "$0")/lib.bash"
need_bpf

example_copy ws
bz ws "$WORK/base" build //... >build.log 2>&1 ||
	fail "bazel build failed: $(tail -n 20 build.log)"
ports=$(bazel_out "$WORK/base" ports/ports.o)
guard=$(bazel_out "$WORK/base" guard/guard.o)
check_objects "$ports" "$guard"

# vmlinux.h is included by guard.c only.
echo "/* changed */" >>ws/vmlinux/vmlinux.h
bz ws "$WORK/base" build -s //... >rebuild.log 2>&1 ||
	fail "rebuild failed: $(tail -n 20 rebuild.log)"
ran=$(grep -o "action 'Compiling [^']*'" rebuild.log | sort | tr '\n' ' ')
[ "$ran" = "action 'Compiling guard/guard.c to BPF bitcode' " ] ||
	fail "a vmlinux.h change ran: $ran"
! grep -q "Linking ports/ports.o" rebuild.log || fail "ports.o was relinked"

# l4.h is included by all three sources.
echo "/* changed */" >>ws/lib/l4.h
bz ws "$WORK/base" build -s //... >rebuild.log 2>&1 ||
	fail "rebuild failed: $(tail -n 20 rebuild.log)"
n=$(grep -c "action 'Compiling " rebuild.log || true)
[ "$n" -eq 3 ] || fail "an l4.h change compiled $n sources, not 3"
check_objects "$ports" "$guard"
echo PASS
