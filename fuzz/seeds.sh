#!/usr/bin/env bash
# Seed corpora from the test programs and examples, generated at build
# time: OUT/input holds .bc (BPF and host target) and .ll files, archives
# and objects with embedded bitcode, OUT/inspect objects from clang and
# from irbpf in each map format; OUT/open is the same objects (for
# fuzz_open).
# Usage: seeds.sh CLANG IRBPF SOURCE_DIR OUT INCLUDE_DIR...
set -euo pipefail
clang=$1 irbpf=$2 src=$3 out=$4
shift 4
incs=()
for d in "$@"; do incs+=(-I"$d"); done
multiarch=/usr/include/$(gcc -print-multiarch 2>/dev/null || echo x86_64-linux-gnu)
cflags=(-g -O2 -I"$src/tests/c" -I"$multiarch" "${incs[@]}")

rm -rf "$out.tmp"
mkdir -p "$out.tmp/input" "$out.tmp/inspect"
for c in "$src"/tests/c/*.c "$src"/tests/verify/*.c "$src"/tests/metadata/*.c \
	 "$src"/examples/c/*.c "$src"/examples/make/*.bpf.c; do
	name=$(basename "${c%.c}")
	i=$out.tmp/input/$name
	# Programs that need headers missing here are left out.
	"$clang" -target bpf "${cflags[@]}" -emit-llvm -c "$c" -o "$i.bc" 2>/dev/null || continue
	"$clang" -target bpf "${cflags[@]}" -emit-llvm -S "$c" -o "$i.ll" 2>/dev/null || true
	"$clang" "${cflags[@]}" -emit-llvm -c "$c" -o "$i.host.bc" 2>/dev/null || true
	"$clang" -target bpf "${cflags[@]}" -c "$c" -o "$out.tmp/inspect/$name.clang.o" \
		2>/dev/null || true
	"$irbpf" "$i.bc" -o "$out.tmp/inspect/$name.irbpf.o" 2>/dev/null || true
done
# LLVM's BPF CO-RE passes keep globals of one module for the next, which a
# fuzzer running many modules in one process trips over: no CO-RE seeds.
rm -f "$out.tmp"/input/core_task.*
cp "$src"/tests/c/*.ll "$src"/tests/metadata/*.ll "$out.tmp/input/"
# Containers: an archive of bitcode, an object embedding it (.llvmbc),
# and an archive holding such an object next to a member without bitcode.
ar=$("$clang" -print-prog-name=llvm-ar)
in=$out.tmp/input
"$ar" rcs "$in/multi.a" "$in/multi_main.bc" "$in/multi_lib.bc"
"$clang" -target bpf "${cflags[@]}" -fembed-bitcode -c "$src/tests/c/multi_lib.c" \
	-o "$in/multi_lib.embed.o"
"$clang" -target bpf "${cflags[@]}" -c "$src/tests/c/multi_main.c" -o "$in/multi_main.o"
"$ar" rcs "$in/multi_embed.a" "$in/multi_main.o" "$in/multi_lib.embed.o"
rm "$in/multi_main.o"
for fmt in legacy aya cilium gobpf; do
	"$irbpf" --map-format="$fmt" "$out.tmp/input/annotated_maps.bc" \
		-o "$out.tmp/inspect/annotated_maps.$fmt.o"
done
ln -s inspect "$out.tmp/open"
rm -rf "$out"
mv "$out.tmp" "$out"
