# examples/rust: the workspace builds with cargo irbpf; hello (a path
# dependency's code included) loads, attaches to the clone and execve
# tracepoints, counts both in its map while a command runs, and prints
# through bpf_trace_printk.
. "$(dirname "$0")/../lib.sh"
. "$TESTS_DIR/rust/common.bash"
need_cargo
need_bpf
export IRBPF
BPFATTACH=$(dirname "$BPFRUN")/bpfattach
TRACEFS=/sys/kernel/tracing

obj=$("$CARGO_IRBPF" build --release --locked -q -p hello \
	--manifest-path "$TESTS_DIR/../examples/rust/Cargo.toml" --target-dir "$WORK/target")
[ "$obj" = "$WORK/target/bpf/hello.o" ] || fail "printed '$obj'"

if ! mountpoint -q "$TRACEFS"; then
	mount -t tracefs tracefs "$TRACEFS" 2>/dev/null || {
		echo "SKIP: tracefs is not mounted at $TRACEFS and cannot be mounted"
		exit 77
	}
fi
rc=0
"$BPFATTACH" "$obj" --map COUNTS:0\>=1 --map COUNTS:1\>=1 -- \
	sh -c '/bin/true; /bin/true' || rc=$?
[ "$rc" -ne 77 ] || exit 77
[ "$rc" -eq 0 ] || fail "hello did not count clone and execve"
grep -qE 'hello from Rust: (clone|execve) #[0-9]+' "$TRACEFS/trace" ||
	fail "no bpf_trace_printk output in $TRACEFS/trace"
echo PASS
