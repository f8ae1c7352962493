# The same inputs and options give byte-identical objects, whatever the
# working directory, the input's path or the output's path.
. "$(dirname "$0")/../lib.sh"

mkdir -p one deep/er/two
bc_bpf "$TESTS_DIR/c/xdp_count.c" one/xdp.bc
bc_host "$TESTS_DIR/metadata/annotated_maps.c" one/maps.bc
cp "$TESTS_DIR/metadata/sanitize.ll" one/sanitize.ll
cp one/* deep/er/two/

same() {	# NAME IRBPF-ARGS...: build in one/ and from deep/ (inputs er/two/...)
	local name=$1 arg deep_args=()
	shift
	for arg in "$@"; do
		case $arg in
		*.bc | *.ll) deep_args+=("er/two/$arg") ;;
		*) deep_args+=("$arg") ;;
		esac
	done
	(cd one && "$IRBPF" "$@" -o "$WORK/one/$name.o")
	(cd deep && "$IRBPF" "${deep_args[@]}" -o "er/two/out-$name.o")
	cmp "one/$name.o" "deep/er/two/out-$name.o" || fail "$name: outputs differ"
	echo "ok: $name"
}

# Same inputs at different paths, given relatively and absolutely.
same xdp xdp.bc
(cd one && "$IRBPF" "$WORK/one/xdp.bc" -o abs.o) && cmp one/xdp.o one/abs.o
same xdp_g -g xdp.bc
same maps maps.bc
same maps_aya --map-format=aya maps.bc
same maps_gobpf --map-format=gobpf maps.bc
same sanitize sanitize.ll
same licence --license=GPL --kversion=6.1 xdp.bc

# The relative input paths above resolve in each directory:
(cd deep/er/two && "$IRBPF" maps.bc -o again.o) && cmp one/maps.o deep/er/two/again.o

# Two builds of one source in two trees (clang with a relative source path
# and -fdebug-compilation-dir=.) give the same bitcode, then the same
# object, and no build path leaks into it.
for d in tree1 tree2/nested; do
	mkdir -p "$d"
	cp "$TESTS_DIR/metadata/annotated_maps.c" "$d/prog.c"
	(cd "$d" && "$CLANG" -target bpf "${BPF_CFLAGS[@]}" -fdebug-compilation-dir=. \
		-emit-llvm -c prog.c -o prog.bc && "$IRBPF" prog.bc -o prog.o &&
		"$IRBPF" -g prog.bc -o prog_g.o)
done
cmp tree1/prog.bc tree2/nested/prog.bc || fail "clang gave different bitcode"
cmp tree1/prog.o tree2/nested/prog.o || fail "objects from two trees differ"
cmp tree1/prog_g.o tree2/nested/prog_g.o || fail "-g objects from two trees differ"
! grep -aq "$WORK" tree1/prog.o tree1/prog_g.o || fail "build path in the object"
echo PASS
