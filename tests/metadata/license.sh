# Licence and version: a program without a licence is an error unless
# --license gives one; a GPL-only helper under a licence the kernel does
# not count as GPL-compatible is a build-time error naming the helper, the
# caller and the line (the kernel would refuse it at load time, checked
# here too); --kversion adds the 'version' section.
. "$(dirname "$0")/../lib.sh"

prog() {	# FILE LICENSE-DECLARATION BODY
	cat > "$1" <<C
#define SEC(s) __attribute__((section(s), used))
static long (*trace_printk)(const char *fmt, unsigned int size, ...) = (void *)6;
static unsigned int (*prandom)(void) = (void *)7;
SEC("socket") int p(void *ctx)
{
	$3
	return 3;
}
$2
C
}

PRINTK='char fmt[] = "hi\\n"; trace_printk(fmt, sizeof(fmt));'
RAND_BODY='if (prandom() == 12345) return 4;'

prog none.c "" "$RAND_BODY"
bc_bpf none.c none.bc
expect_error "no licence: the program has no 'license' section; .* or pass --license=GPL" \
	"$IRBPF" none.bc -o none.o
[ ! -e none.o ] || fail "output written without a licence"

"$IRBPF" --license=GPL none.bc -o added.o
"$IRBPF" inspect --json added.o > added.json
grep -q '"license": "GPL"' added.json || fail "--license not added"
grep -q '"kernel_version": null' added.json || fail "version added without --kversion"

# GPL-only helper under MIT: declared, or given with --license; at -O0
# the helper is called through the global that holds its number.
prog mit.c 'char LICENSE[] SEC("license") = "MIT";' "$PRINTK"
bc_bpf mit.c mit.bc
expect_error "GPL-only helper 'bpf_trace_printk' called from 'p' \(mit\.c:6:[0-9]+\) needs a GPL-compatible licence; the program's licence is 'MIT'" \
	"$IRBPF" mit.bc -o mit.o
prog mit2.c "" "$PRINTK"
bc_bpf mit2.c mit2.bc -O0
expect_error "GPL-only helper 'bpf_trace_printk' called from 'p' \(mit2\.c:6:[0-9]+\)" \
	"$IRBPF" -O0 --license=MIT mit2.bc -o mit.o
[ ! -e mit.o ] || fail "output written for a GPL-only helper under MIT"

# Non-GPL helpers are fine under MIT; GPL-compatible licences allow all.
prog random.c 'char LICENSE[] SEC("license") = "MIT";' "$RAND_BODY"
bc_bpf random.c random.bc
"$IRBPF" random.bc -o random.o
prog dual.c 'char LICENSE[] SEC("license") = "Dual MIT/GPL";' "$PRINTK"
bc_bpf dual.c dual.bc
"$IRBPF" dual.bc -o dual.o

if "$BPFRUN" --probe; then
	bpfrun random.o p --in-size 64 --ret 3
	bpfrun dual.o p --in-size 64 --ret 3
	bpfrun added.o p --in-size 64 --ret 3
	# The kernel agrees: the same program built by clang alone is refused.
	obj_clang mit.c clang_mit.o
	! "$BPFRUN" clang_mit.o 2>kernel.err || fail "kernel loaded a GPL-only helper under MIT"
	grep -q "GPL-restricted" kernel.err || fail "unexpected load error: $(tail -3 kernel.err)"
fi

# A declared licence wins over --license, with a warning (-Werror: error).
prog gpl.c 'char LICENSE[] SEC("license") = "GPL";' "$RAND_BODY"
bc_bpf gpl.c gpl.bc
"$IRBPF" --license=MIT gpl.bc -o gpl.o 2>warn.txt
grep -q "^irbpf: warning: --license='MIT' ignored: the program declares licence 'GPL'" warn.txt ||
	fail "no warning about the ignored --license"
expect_error "--license='MIT' ignored: the program declares licence 'GPL' \\[-Werror\\]" \
	"$IRBPF" -Werror --license=MIT gpl.bc -o werror.o

# Broken licence sections.
prog conflict.c 'char LICENSE[] SEC("license") = "GPL"; char L2[] SEC("license") = "MIT";' "$RAND_BODY"
bc_bpf conflict.c conflict.bc
expect_error "conflicting licences 'GPL' and 'MIT' \(symbol 'L2'\)" "$IRBPF" conflict.bc -o x.o
prog nonul.c 'char LICENSE[3] SEC("license") = "GPL";' "$RAND_BODY"
bc_bpf nonul.c nonul.bc
expect_error "licence 'LICENSE' in section 'license' is not a NUL-terminated string" \
	"$IRBPF" nonul.bc -o x.o

# A static (internal, unreferenced) licence, as Rust writes it, is kept.
prog static.c 'static char LICENSE[] SEC("license") = "GPL";' "$RAND_BODY"
bc_host static.c static.bc
"$IRBPF" static.bc -o static.o
"$IRBPF" inspect --json static.o > static.json
grep -q '"license": "GPL"' static.json || fail "static licence dropped"

# --kversion: MAJOR.MINOR[.PATCH] or a number; a declared version wins.
"$IRBPF" --kversion=6.1.0 gpl.bc -o kv.o
"$IRBPF" inspect --json kv.o > kv.json
grep -q '"kernel_version": 393472' kv.json || fail "--kversion=6.1.0 is not 0x60100"
"$IRBPF" inspect kv.o > kv.txt
grep -q '^version: 6.1.0 (0x60100)' kv.txt || fail "inspect text lacks the version"
"$IRBPF" --kversion=0x50a00 gpl.bc -o kv2.o
"$IRBPF" inspect --json kv2.o > kv2.json
grep -q '"kernel_version": 330240' kv2.json || fail "--kversion=0x50a00 not kept"
expect_error "invalid value '6.x' for --kversion" "$IRBPF" --kversion=6.x gpl.bc -o x.o
prog badver.c 'char LICENSE[] SEC("license") = "GPL"; unsigned long long v SEC("version") = 1;' "$RAND_BODY"
bc_bpf badver.c badver.bc
expect_error "section 'version' \('v'\) must hold one 4-byte integer" "$IRBPF" badver.bc -o x.o
[ ! -e x.o ] && [ ! -e werror.o ] || fail "output written after an error"
if "$BPFRUN" --probe; then
	bpfrun kv.o p --in-size 64 --ret 3
fi
echo PASS
