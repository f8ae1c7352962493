# A CO-RE program written against vmlinux.h with BPF_CORE_READ keeps its
# relocations through irbpf and loads like clang's own object.
. "$(dirname "$0")/../lib.sh"
need_bpf
[ -f "$VMLINUX_DIR/vmlinux.h" ] || { echo "SKIP: no vmlinux.h (no kernel BTF)"; exit 77; }

bc_bpf "$TESTS_DIR/c/core_task.c" core.bc
"$IRBPF" core.bc -o core.o
obj_clang "$TESTS_DIR/c/core_task.c" ref.o

relocs() { "$LLVM_TOOLS/llvm-objdump" -h "$1" | grep -c 'BTF.ext'; }
[ "$(relocs core.o)" -ge 1 ] || fail "no .BTF.ext in irbpf output"

for obj in core.o ref.o; do
	# Returns 1 only when the CO-RE read of task->pid matches the helper.
	bpfrun "$obj" task_check --ret 1
done
echo PASS
