# Where the runtime comes from: <dir of irbpf>/../lib/irbpf/runtime.bc
# (an installed tree), else the build tree; --runtime PATH overrides both;
# a missing one is one clear error.
. "$(dirname "$0")/../lib.sh"
need_bpf

bc_host "$TESTS_DIR/c/runtime_helpers.c" prog.bc -I"$IRBPF_INCLUDE"
run() {
	bpfrun "$1" helpers_by_name --in-size 32 --ret 2 --map results:0=32 >/dev/null ||
		fail "$1 does not run"
}

# From the build tree.
"$IRBPF" -v prog.bc -o build.o 2>verbose
grep -q "(runtime $RUNTIME_BC: [1-9][0-9]* functions used)" verbose ||
	fail "build-tree runtime not used: $(grep runtime verbose)"
run build.o

# An installed layout: bin/irbpf next to lib/irbpf/runtime.bc.
mkdir -p tree/bin tree/lib/irbpf
cp "$IRBPF" tree/bin/irbpf
cp "$RUNTIME_BC" tree/lib/irbpf/runtime.bc
tree/bin/irbpf -v prog.bc -o installed.o 2>verbose
grep -q "(runtime $WORK/tree/bin/../lib/irbpf/runtime.bc: " verbose ||
	fail "installed runtime not used: $(grep runtime verbose)"
run installed.o

# --runtime PATH.
cp "$RUNTIME_BC" elsewhere.bc
"$IRBPF" -v --runtime elsewhere.bc prog.bc -o option.o 2>verbose
grep -q "(runtime elsewhere.bc: " verbose || fail "--runtime not used: $(grep runtime verbose)"
run option.o
cmp build.o option.o || fail "the same runtime gave a different object"

expect_error "cannot read runtime 'missing.bc': No such file or directory" \
	"$IRBPF" --runtime missing.bc prog.bc -o out.o
printf 'not bitcode' > bad.bc
expect_error "bad.bc" "$IRBPF" --runtime bad.bc prog.bc -o out.o
[ ! -e out.o ] || fail "output written"
echo PASS
