# IR that makes LLVM give up (report_fatal_error): one irbpf error naming
# the input, the stage and the function, exit 1, not an abort.
. "$(dirname "$0")/lib.bash"

cat > nomd.ll <<'LL'
target triple = "bpf"
%struct.s = type { i32, i32 }
define i32 @prog(ptr %ctx) section "socket" !dbg !5 {
  %p = call ptr @llvm.preserve.struct.access.index.p0.p0(ptr elementtype(%struct.s) %ctx, i32 1, i32 1), !dbg !8
  %v = load i32, ptr %p, !dbg !8
  ret i32 %v, !dbg !8
}
declare ptr @llvm.preserve.struct.access.index.p0.p0(ptr, i32, i32)
@LICENSE = global [4 x i8] c"GPL\00", section "license"
!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3, !4}
!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "hand", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "nomd.c", directory: "/tmp")
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 7, !"Dwarf Version", i32 5}
!5 = distinct !DISubprogram(name: "prog", scope: !1, file: !1, line: 3, type: !6, scopeLine: 3, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!6 = !DISubroutineType(types: !7)
!7 = !{null}
!8 = !DILocation(line: 4, column: 10, scope: !5)
LL
bad "^irbpf: error: nomd\.ll: LLVM failed in stage 'optimize': Missing metadata for llvm\.preserve\.struct\.access\.index intrinsic \(in function 'prog', nomd\.c:4:10\)$" nomd.ll
[ "$(wc -l < "$WORK/stderr")" -eq 1 ] || fail "more than one line: $(cat "$WORK/stderr")"

# Without debug info the backend cannot select the intrinsic.
grep -v -e '^!' -e 'llvm.dbg' nomd.ll | sed 's/, !dbg ![0-9]*//; s/ !dbg ![0-9]*//' > nodbg.ll
bad "^irbpf: error: nodbg\.ll: LLVM failed in stage 'codegen': Cannot select: intrinsic %llvm\.preserve\.struct\.access\.index \(in function 'prog'\)$" nodbg.ll
echo PASS
