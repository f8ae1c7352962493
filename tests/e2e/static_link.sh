# C's non-static functions stay global and present, as with clang: the
# symbol binding agrees with the BTF linkage, and libbpf's static linker
# (bpftool gen object) links two irbpf objects into one that loads and
# runs. --internalize=programs keeps only the programs global; Rust and
# unknown frontends keep that default.
. "$(dirname "$0")/../lib.sh"
need_bpf

# binding OBJ NAME: GLOBAL, LOCAL, or nothing when the symbol is gone
binding() {
	"$LLVM_TOOLS/llvm-readelf" -s "$1" | awk -v n="$2" '$4 == "FUNC" && $8 == n { print $5 }'
}
# linkage OBJ NAME: the BTF FUNC's linkage (static, global)
linkage() {
	bpftool btf dump file "$1" | sed -n "s/^\\[[0-9]*\\] FUNC '$2' .*linkage=//p"
}

for f in a b; do
	bc_bpf "$TESTS_DIR/c/static_link_$f.c" "$f.bc"
	"$IRBPF" "$f.bc" -o "$f.o"
	obj_clang "$TESTS_DIR/c/static_link_$f.c" "$f.clang.o"
done

for fn in scale_a unused_global entry_a; do
	[ "$(binding a.o $fn)" = GLOBAL ] || fail "$fn: binding '$(binding a.o $fn)', expected GLOBAL"
	[ "$(linkage a.o $fn)" = global ] || fail "$fn: BTF linkage '$(linkage a.o $fn)'"
	[ "$(binding a.clang.o $fn)" = GLOBAL ] || fail "clang's $fn is not GLOBAL"
done
# Same instructions as clang's object, function by function.
for f in a b; do
	"$LLVM_TOOLS/llvm-readelf" -s "$f.o" | awk '$4 == "FUNC" { print $3, $8 }' | sort >"$f.funcs"
	"$LLVM_TOOLS/llvm-readelf" -s "$f.clang.o" | awk '$4 == "FUNC" { print $3, $8 }' | sort >"$f.clang.funcs"
	diff -u "$f.clang.funcs" "$f.funcs" || fail "$f: functions or sizes differ from clang's"
done

bpftool gen object ab.o a.o b.o || fail "bpftool gen object could not link the objects"
bpfrun ab.o entry_a --in-size 40 --ret 2	# 40 * 3 <= 200: XDP_PASS
bpfrun ab.o entry_a --in-size 150 --ret 1	# 150 * 3 > 200: XDP_DROP
bpfrun ab.o entry_b --in-size 40 --ret 2
bpfrun ab.o entry_b --in-size 150 --ret 3	# XDP_TX

# --internalize=programs: only the program stays global; whatever else is
# left is local in both the symbol table and BTF, or gone.
"$IRBPF" --internalize=programs a.bc -o progs.o
[ "$(binding progs.o entry_a)" = GLOBAL ] || fail "entry_a not global with --internalize=programs"
[ -z "$(binding progs.o unused_global)" ] || fail "unused_global kept with --internalize=programs"
[ "$(binding progs.o scale_a)" != GLOBAL ] || fail "scale_a global with --internalize=programs"
bpfrun progs.o entry_a --in-size 150 --ret 1

# --internalize=none on host-target bitcode from clang: the same rule.
bc_host "$TESTS_DIR/c/static_link_a.c" host.bc
"$IRBPF" --internalize=none host.bc -o host.o
[ "$(binding host.o unused_global)" = GLOBAL ] || fail "unused_global not kept from host bitcode"
bpfrun host.o entry_a --in-size 150 --ret 1

expect_error "invalid value 'all' for --internalize \\(expected programs or none\\)" \
	"$IRBPF" --internalize=all a.bc -o bad.o
[ ! -e bad.o ] || fail "output written after a usage error"
echo "ok: static linking"
