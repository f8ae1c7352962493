# Archives and ELF objects that hold no usable bitcode, or damaged bitcode.
. "$(dirname "$0")/lib.bash"
AR=$LLVM_TOOLS/llvm-ar

src prog <<C
$SOCK int prog(void *ctx) { return 0; }
$LIC
C
src lib <<C
int lib_fn(int x) { return x + 1; }
C
bc_bpf prog.c prog.bc
bc_bpf lib.c lib.bc
obj_clang lib.c lib.o
printf 'not bitcode\n' > notes.txt

"$AR" rcs nobc.a lib.o notes.txt
bad "^irbpf: error: nobc\.a: an archive without LLVM bitcode: no member is bitcode or an ELF object with \.llvmbc$" nobc.a
printf '!<arch>\n' > empty.a
bad "^irbpf: error: empty\.a: an empty archive$" empty.a
"$AR" rcs --thin thin.a lib.bc
bad "^irbpf: error: thin\.a: a thin archive: " thin.a

# A member cut in half is named by the reader's error.
head -c $(($(stat -c %s lib.bc) / 2)) lib.bc > cut.bc
"$AR" rcs cut.a lib.o cut.bc
bad "^irbpf: error: cut\.a\(cut\.bc\): invalid or truncated bitcode: " prog.bc cut.a
# A member header overwritten: libelf's walk stops there.
"$AR" rcs hdr.a prog.bc lib.bc
python3 - <<'PY'
data = bytearray(open("hdr.a", "rb").read())
at = data.index(b"lib.bc/")
data[at:at + 60] = b"#" * 60
open("hdr.a", "wb").write(data)
PY
bad "^irbpf: error: hdr\.a: damaged archive: no member header after hdr\.a\(prog\.bc\)$" hdr.a

# Only archives, and no member defines a program, a map or a licence.
"$AR" rcs onlylib.a lib.bc
bad "^irbpf: error: onlylib\.a: no archive member defines a program entry point, a map or a licence" onlylib.a

# The producer check sees members and embedded bitcode (and no libLLVM
# that new where irbpf is told to look).
read -r major minor < <("$CLANG" --version | sed -n 's/.*version \([0-9]*\)\.\([0-9]*\).*/\1 \2/p' | head -n 1)
python3 "$TESTS_DIR/tools/set_producer.py" lib.bc new.bc $((major + 1)) "$minor"
"$AR" rcs new.a new.bc
mkdir -p nolib
IRBPF_LLVM_PATH=$WORK/nolib bad "^irbpf: error: new\.a\(new\.bc\) was produced by LLVM $((major + 1))\.$minor; no LLVM >= " prog.bc new.a
"$LLVM_TOOLS/llvm-objcopy" --add-section .llvmbc=new.bc lib.o new.o
IRBPF_LLVM_PATH=$WORK/nolib bad "^irbpf: error: new\.o was produced by LLVM $((major + 1))\.$minor; no LLVM >= " prog.bc new.o

# An object with only the -fembed-bitcode=marker section.
"$CLANG" -target bpf -fembed-bitcode=marker -c lib.c -o marker.o
bad "^irbpf: error: marker\.o: an ELF object whose \.llvmbc section holds no bitcode " prog.bc marker.o
echo PASS
