# The helper table covers every helper of the installed libbpf header, and
# so do all its products: the runtime defines each helper, <irbpf/helpers.h>
# declares each, and the checked-in Rust bindings are what the generator
# makes of the installed header today.
. "$(dirname "$0")/../lib.sh"

header=/usr/include/bpf/bpf_helper_defs.h
gen=$TESTS_DIR/../bpf-headers/tools/gen-helpers.py

# What the header declares, independently of the generator's parser.
sed -nE 's/^static .*\(\*(bpf_[a-z0-9_]+)\)\(.*\) = \(void \*\) ([0-9]+);$/\2 \1/p' $header |
	sort -n > header.txt
python3 "$gen" --header $header --list | sort -n > table.txt
[ -s header.txt ] || fail "no helpers found in $header"
diff -u header.txt table.txt || fail "the helper table differs from $header"
count=$(wc -l < table.txt)

# Runtime: a definition of each, by name.
"$LLVM_TOOLS/llvm-nm" --defined-only "$RUNTIME_BC" | awk '{print $3}' | sort > runtime.txt
missing=$(cut -d' ' -f2 table.txt | sort | comm -23 - runtime.txt)
[ -z "$missing" ] || fail "runtime.bc lacks: $missing"

# C header: a prototype of each, compiling cleanly for the host and BPF.
helpers_h=$IRBPF_INCLUDE/irbpf/helpers.h
for name in $(cut -d' ' -f2 table.txt); do
	grep -q "[ *]$name(" "$helpers_h" || fail "helpers.h lacks $name"
done
printf '#include <linux/bpf.h>\n#include <irbpf/bpf.h>\n' > uses.c
"$CLANG" -Wall -Wextra -Werror -I"$IRBPF_INCLUDE" -c uses.c -o host.o
"$CLANG" -target bpf -I"$MULTIARCH_INC" -Wall -Wextra -Werror -I"$IRBPF_INCLUDE" -c uses.c -o bpf.o
# libbpf's header first: its helper declarations win, nothing clashes.
printf '#include <linux/bpf.h>\n#include <bpf/bpf_helpers.h>\n#include <irbpf/bpf.h>\n' > both.c
"$CLANG" -target bpf -I"$MULTIARCH_INC" -Wall -Werror -I"$IRBPF_INCLUDE" -c both.c -o both.o

# Rust: the checked-in bindings are current and declare each helper.
cp -r "$RUST_CRATE/src" rust-src
python3 "$gen" --header $header --rust-src rust-src
for f in helpers.rs opaque.rs; do
	diff -u "$RUST_CRATE/src/$f" rust-src/$f ||
		fail "bpf-headers/rust/src/$f is stale: run bpf-headers/tools/gen-helpers.py --rust-src bpf-headers/rust/src"
done
[ "$(grep -c '^    pub fn bpf_' rust-src/helpers.rs)" -eq "$count" ] ||
	fail "helpers.rs does not declare $count helpers"
grep -q "pub const HELPER_COUNT: usize = $count;" rust-src/helpers.rs || fail "HELPER_COUNT"
echo "ok: $count helpers in the header, the table, runtime.bc, helpers.h and helpers.rs"
echo PASS
