# SIGINT, SIGTERM or SIGHUP while the output is being put in place: the
# temporary file is removed and irbpf dies of the signal (so make and
# shells see it), leaving the previous output as it was. The window is
# held open by a -MF FIFO without a reader: irbpf has written the object
# to its temporary and waits to open the FIFO.
. "$(dirname "$0")/lib.bash"

prog_bc
mkfifo deps
printf 'previous output\n' > out.o
sum=$(sha256sum < out.o)

# wait_for_temp: the temporary exists (bounded: irbpf compiles in well
# under a second, 600 polls are a minute)
wait_for_temp() {
	for _ in $(seq 600); do
		[ -z "$(find . -maxdepth 1 -name '.irbpf-??????')" ] || return 0
		sleep 0.1
	done
	fail "irbpf never created its temporary file"
}

for sig in INT TERM HUP; do
	# A background job of a script starts with SIGINT ignored: undo that.
	env --default-signal=INT "$IRBPF" prog.bc -MF deps -o out.o 2>stderr &
	pid=$!
	wait_for_temp
	kill -s "$sig" "$pid"
	rc=0
	wait "$pid" || rc=$?
	[ "$rc" -eq $((128 + $(kill -l "$sig"))) ] || fail "SIG$sig: exit status $rc"
	no_temp_files .
	[ "$(sha256sum < out.o)" = "$sum" ] || fail "SIG$sig: out.o changed"
	[ -p deps ] || fail "SIG$sig: the FIFO was replaced"
	echo "ok: SIG$sig removed the temporary file"
done

# A signal ignored when irbpf starts (nohup, trap '' in a script) stays
# ignored: the compile goes on once the FIFO has a reader.
( trap '' TERM; exec "$IRBPF" prog.bc -MF deps -o out.o ) &
pid=$!
wait_for_temp
kill -s TERM "$pid"
cat deps > deps.txt
wait "$pid" || fail "an ignored SIGTERM stopped irbpf"
grep -q '^out\.o:' deps.txt || fail "no depfile through the FIFO"
[ "$(sha256sum < out.o)" != "$sum" ] || fail "out.o not written"
no_temp_files .
if bpfrun --probe; then
	bpfrun out.o prog --in-size 64 --ret 0
fi
echo PASS
