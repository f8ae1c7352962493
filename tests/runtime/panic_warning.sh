# A call of a never-returning function (abort, a failed assertion, a Rust
# panic) that the optimiser cannot prove dead is an error at the source
# location of the panic site; --allow-panics (or -Wno-error=panic) makes
# it a warning, which -Werror turns back into an error. One it can prove
# dead is lowered away silently.
. "$(dirname "$0")/../lib.sh"
need_bpf

src=$TESTS_DIR/c/runtime_abort.c
error="^irbpf: error: live.bc: possible panic in 'may_abort' \((.*/)?runtime_abort\.c:13:3\): the call to 'abort' was not optimised away, and the verifier rejects a program that can reach it \(--allow-panics writes the object anyway\)$"
warning="^irbpf: warning: possible panic in 'may_abort' \((.*/)?runtime_abort\.c:13:3\): the call to 'abort' was not optimised away, and the verifier rejects a program that can reach it$"

# Dead abort(): no diagnostic, and the program runs.
bc_host "$src" dead.bc -I"$IRBPF_INCLUDE"
"$IRBPF" -Werror dead.bc -o dead.o 2>stderr
[ ! -s stderr ] || fail "unexpected diagnostics: $(cat stderr)"
bpfrun dead.o never_aborts --in-size 64 --ret 50

for kind in host bpf; do
	if [ $kind = host ]; then
		bc_host "$src" live.bc -I"$IRBPF_INCLUDE" -DMAY_ABORT
	else
		bc_bpf "$src" live.bc -I"$IRBPF_INCLUDE" -DMAY_ABORT
	fi
	expect_error "$error" "$IRBPF" live.bc -o live.o
	[ "$(wc -l <"$WORK/stderr")" -eq 1 ] || fail "$kind: expected one error: $(cat "$WORK/stderr")"
	[ ! -e live.o ] || fail "$kind: the error left an output file"

	"$IRBPF" -Wno-error=panic live.bc -o live.o 2>stderr
	cmp -s stderr <("$IRBPF" --allow-panics live.bc -o allow.o 2>&1) ||
		fail "$kind: -Wno-error=panic and --allow-panics differ"
	[ "$(wc -l <stderr)" -eq 1 ] || fail "$kind: expected one warning: $(cat stderr)"
	[[ "$(cat stderr)" =~ $warning ]] || fail "$kind: warning was: $(cat stderr)"
	echo "ok: $kind: $(cat stderr)"
	# The call is gone from the object: nothing undefined is left for
	# the loader. What the path does now is undefined (hence the
	# warning), so this object is not run; rust_smoke checks that the
	# kernel refuses such a program.
	! grep -q " abort$" <("$LLVM_TOOLS/llvm-nm" live.o) || fail "$kind: abort left in the object"

	rm -f live.o
	expect_error "^irbpf: error: live.bc: possible panic in 'may_abort' \((.*/)?runtime_abort\.c:13:3\): .* \[-Werror\]$" \
		"$IRBPF" --allow-panics -Werror live.bc -o live.o
	[ "$(wc -l <"$WORK/stderr")" -eq 1 ] || fail "$kind: -Werror: $(cat "$WORK/stderr")"
	[ ! -e live.o ] || fail "$kind: -Werror left an output file"
done

# Without debug info the warning still names the function.
bc_host "$src" nodebug.bc -I"$IRBPF_INCLUDE" -DMAY_ABORT -g0
"$IRBPF" --allow-panics nodebug.bc -o nodebug.o 2>stderr
grep -q "possible panic in 'may_abort' (no debug info: compile with -g for the location)" stderr ||
	fail "no-debug warning was: $(cat stderr)"

# A Rust-style panic function known by its (legacy-mangled) name alone,
# declared without noreturn, in IR text: reported by its readable name.
cat > legacy.ll <<'LL'
define i32 @legacy(ptr %ctx) section "socket" {
  %len = load i32, ptr %ctx
  %big = icmp ugt i32 %len, 1000
  br i1 %big, label %panic, label %ok
panic:
  call void @_ZN4core9panicking9panic_fmt17h0123456789abcdefE(ptr null)
  unreachable
ok:
  ret i32 %len
}

declare void @_ZN4core9panicking9panic_fmt17h0123456789abcdefE(ptr)

@LICENSE = global [4 x i8] c"GPL\00", section "license"
LL
"$IRBPF" --allow-panics legacy.ll -o legacy.o 2>stderr
grep -q "possible panic in 'legacy' (no debug info: compile with -g for the location): the call to 'core::panicking::panic_fmt' was not optimised away" stderr ||
	fail "legacy-mangled panic: $(cat stderr)"
bpfrun legacy.o legacy --in-size 64 --ret 50
echo PASS
