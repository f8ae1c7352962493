# Names from the command line and from inputs are printed with control
# characters escaped (C-style): a newline cannot forge an error line and an
# ESC cannot reach the terminal, in errors and in `irbpf inspect`.
. "$(dirname "$0")/lib.bash"

# no_raw FILE: no ESC byte, and no line of FILE comes from inside a name
no_raw() {
	! grep -q $'\e' "$1" || fail "raw ESC in $1"
	! grep -q '^forged' "$1" || fail "forged line in $1: $(cat "$1")"
}

name=$'in\nforged: error\e[2J.bc'
bad '^irbpf: error: in\\nforged: error\\x1b\[2J\.bc: cannot read input: No such file or directory$' "$name"
[ "$(wc -l < stderr)" -eq 1 ] || fail "more than one line: $(cat stderr)"
no_raw stderr

# A section name from textual IR.
cat > sec.ll <<'LL'
target triple = "bpf"
@LICENSE = global [4 x i8] c"GPL\00", section "license"
define i32 @prog(ptr %ctx) section "sock\0Aforged: error\1B[2J" {
  ret i32 0
}
LL
bad "^irbpf: error: sec\.ll: unknown section 'sock\\\\nforged: error\\\\x1b\[2J' in function 'prog'" sec.ll
no_raw stderr

# A licence string that would print lines of its own in `irbpf inspect`.
src lic <<C
$SOCK int prog(void *ctx) { return 0; }
char LICENSE[] __attribute__((section("license"))) = "Dual MIT/GPL\nforged: 0\n\x1b[2J";
C
bc_bpf lic.c lic.bc
"$IRBPF" lic.bc -o lic.o
"$IRBPF" inspect lic.o > inspect.txt
no_raw inspect.txt
grep -qxF 'license: Dual MIT/GPL\nforged: 0\n\x1b[2J (not GPL-compatible)' inspect.txt ||
	fail "licence line: $(grep '^license' inspect.txt)"
if bpfrun --probe; then
	bpfrun lic.o prog --in-size 64 --ret 0
fi
echo PASS
