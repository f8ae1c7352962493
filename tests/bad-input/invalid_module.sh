# Modules the reader parses but LLVM's verifier rejects: one error line
# quoting the verifier, not its raw output first.
. "$(dirname "$0")/lib.bash"

cat > dom.ll <<'LL'
target triple = "bpf"
define i32 @prog(ptr %ctx) section "socket" {
entry:
  br label %next
next:
  %b = add i32 %a, 1
  %a = add i32 %b, 1
  ret i32 %a
}
@LICENSE = global [4 x i8] c"GPL\00", section "license"
LL
bad "^irbpf: error: dom\.ll: invalid module: Instruction does not dominate all uses!$" dom.ll
[ "$(wc -l < "$WORK/stderr")" -eq 1 ] || fail "more than one line: $(cat "$WORK/stderr")"

# Debug info LLVM would silently drop: without it there is no BTF.
cat > subrange.ll <<'LL'
target triple = "bpf"
@arr = global [2 x i32] zeroinitializer, !dbg !0
define i32 @prog(ptr %ctx) section "socket" !dbg !12 {
  ret i32 0
}
@LICENSE = global [4 x i8] c"GPL\00", section "license"
!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!10, !11}
!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "arr", scope: !2, file: !3, line: 1, type: !5, isLocal: false, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C99, file: !3, producer: "hand", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4)
!3 = !DIFile(filename: "subrange.c", directory: "/tmp")
!4 = !{!0}
!5 = !DICompositeType(tag: DW_TAG_array_type, baseType: !6, size: 64, elements: !7)
!6 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!7 = !{!8}
!8 = !DISubrange(count: 2, upperBound: 1)
!10 = !{i32 2, !"Debug Info Version", i32 3}
!11 = !{i32 7, !"Dwarf Version", i32 5}
!12 = distinct !DISubprogram(name: "prog", scope: !3, file: !3, line: 2, type: !13, spFlags: DISPFlagDefinition, unit: !2)
!13 = !DISubroutineType(types: !14)
!14 = !{!6}
LL
bad "^irbpf: error: subrange\.ll: invalid debug info: Subrange can have any one of count or upperBound$" subrange.ll
[ "$(wc -l < "$WORK/stderr")" -eq 1 ] || fail "more than one line: $(cat "$WORK/stderr")"

# A debug info version LLVM does not read.
sed 's/i32 2, !"Debug Info Version", i32 3/i32 2, !"Debug Info Version", i32 1/' subrange.ll |
	sed 's/count: 2, upperBound: 1/count: 2/' > version.ll
bad "^irbpf: error: version\.ll: invalid debug info: its 'Debug Info Version' is not 3$" version.ll

# A pointer that is its own base type, and an array of itself: LLVM's
# verifier lets both through and the BPF backend would walk them forever.
for cycle in 'DIDerivedType(tag: DW_TAG_pointer_type, baseType: !5, size: 64)' \
	     'DICompositeType(tag: DW_TAG_array_type, baseType: !5, size: 64, elements: !7)'; do
	sed -e "s/^!5 = .*/!5 = distinct !$cycle/" -e 's/count: 2, upperBound: 1/count: 2/' \
		subrange.ll > cycle.ll
	bad "^irbpf: error: cycle\.ll: invalid debug info: a type is its own base type" cycle.ll
done
echo PASS
