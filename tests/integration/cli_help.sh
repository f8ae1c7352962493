# --help lists every option the parser in driver/cli/options.c accepts, and so
# do the README's CLI reference table and the man page; --version names
# irbpf's and LLVM's versions; usage errors are one line.
. "$(dirname "$0")/../lib.sh"
src=$TESTS_DIR/..
help=$("$IRBPF" --help)
readme=$(sed -n '/^### CLI reference/,/^### /p' "$src/README.md")
man=$(groff -man -Tascii -rHY=0 -P-cbou "$src/man/irbpf.1")

options=()
# Long options: the entries of long_options[].
while read -r name; do
	options+=("--$name")
done < <(sed -n '/long_options\[\] = {/,/};/s/^[[:space:]]*{ "\([a-z-]*\)".*/\1/p' "$src/driver/cli/options.c")
# Short options: the getopt_long string ("o:O::m:W:gv"); -O, -m and -W are
# listed as -O2, -mcpu=, -Werror.
short=$(grep -o 'getopt_long(argc, argv, "[^"]*"' "$src/driver/cli/options.c" | sed 's/.*"\(.*\)"/\1/')
for ((i = 0; i < ${#short}; i++)); do
	c=${short:i:1}
	[ "$c" = ":" ] || options+=("-$c")
done
# The -M options and @FILE, parsed before getopt.
while read -r m; do
	options+=("$m")
done < <(grep -oE 'cmp\(arg, "-M[A-Z]"' "$src/driver/cli/options.c" | grep -o -- '-M[A-Z]' | sort -u)
options+=("@FILE")
[ ${#options[@]} -ge 15 ] || fail "found only ${#options[@]} options in options.c: ${options[*]}"

for opt in "${options[@]}"; do
	grep -qe "$opt" <<<"$help" || fail "--help does not mention $opt"
	grep -qe "$opt" <<<"$readme" || fail "README's CLI reference does not mention $opt"
	# The man page writes @file (its argument in italics).
	grep -qe "${opt/@FILE/@file}" <<<"$man" || fail "man/irbpf.1 does not mention $opt (add it there)"
done
echo "documented: ${options[*]}"

version=$("$IRBPF" --version | head -n 1)
llvm=$("$LLVM_TOOLS/llvm-config" --version 2>/dev/null || true)
[[ "$version" =~ ^irbpf\ [0-9]+\.[0-9]+\.[0-9]+\ \(LLVM\ ${llvm:-[0-9.]+}\)$ ]] ||
	fail "--version says '$version' (LLVM ${llvm:-?})"

expect_error "unknown option '--no-such-option'" "$IRBPF" --no-such-option x.bc -o x.o
expect_error "missing argument to '-o'" "$IRBPF" x.bc -o
expect_error "missing argument to '--emit'" "$IRBPF" x.bc --emit
[ "$(wc -l <"$WORK/stderr")" -eq 2 ] && grep -q "^Try 'irbpf --help'" "$WORK/stderr" ||
	fail "usage error is not one error line and a hint: $(cat "$WORK/stderr")"
echo PASS
