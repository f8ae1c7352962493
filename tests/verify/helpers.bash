# Helpers for tests/verify/*.sh (sourced after ../lib.sh).
VERIFY_SRC=$TESTS_DIR/verify

# build_obj SRC OUT.o: clang -target bpf -g -O2 -emit-llvm, then irbpf
build_obj() {
	local src=$1 out=$2
	bc_bpf "$src" "${out%.o}.bc"
	"$IRBPF" "${out%.o}.bc" -o "$out"
}

# marked_line SRC: the line the verifier must be pointed at
marked_line() {
	grep -n 'rejected here' "$1" | cut -d: -f1
}

# expect_rejection LOG PROG MESSAGE_ERE HINT_ERE: LOG holds
#   <dir>/PROG.c:<line>:<col>: error: MESSAGE (program 'PROG', insn N)
# at the marked line of tests/verify/PROG.c, and a hint line after it.
expect_rejection() {
	local log=$1 prog=$2 msg=$3 hint=$4 line at
	line=$(marked_line "$VERIFY_SRC/$prog.c")
	at="$prog\\.c:$line:[0-9]+"
	grep -Eq "(^|/)$at: error: $msg \\(program '$prog', insn [0-9]+\\)$" "$log" ||
		fail "$prog: no 'error: $msg' at $prog.c:$line in: $(grep "$prog" "$log" | head -n 3)"
	grep -Eq "(^|/)$at: hint: .*$hint" "$log" ||
		fail "$prog: no hint /$hint/ at $prog.c:$line"
	echo "ok: $prog rejected at $prog.c:$line"
}
