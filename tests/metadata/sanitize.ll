; Debug info of the kinds rustc writes and the kernel's BTF checks reject:
; names with "::", "<", ">", "&", "$", "{", "#", a pointer type with a name,
; a UTF "char" and a zero-sized "()" basic type, a Rust enum with a variant
; part, a name over 127 characters, an internal global whose symbol has "$",
; struct members listed out of offset order (Rust's field reordering).
; prog returns total(&{40, 2}) = 42 and counts its runs in COUNTER.
target triple = "bpfel"

@"_ZN4demo7COUNTER$LT$u64$GT$17h0123456789abcdefE" = internal global i64 0, section ".bss", align 8, !dbg !40
@LICENSE = global [4 x i8] c"GPL\00", section "license", align 1

define internal i32 @_ZN4demo5total17h0123456789abcdefE(ptr %pair) noinline !dbg !20 {
  %first = load volatile i32, ptr %pair, align 4, !dbg !30
  %p2 = getelementptr i8, ptr %pair, i64 4, !dbg !30
  %second = load volatile i32, ptr %p2, align 4, !dbg !30
  %sum = add i32 %first, %second, !dbg !30
  ret i32 %sum, !dbg !30
}

define i32 @prog(ptr %ctx) section "socket" !dbg !10 {
  %buf = alloca [48 x i8], align 8
  store volatile i32 40, ptr %buf, align 8, !dbg !31
  %p2 = getelementptr i8, ptr %buf, i64 4, !dbg !31
  store volatile i32 2, ptr %p2, align 4, !dbg !31
  %r = call i32 @_ZN4demo5total17h0123456789abcdefE(ptr %buf), !dbg !31
  %c = load i64, ptr @"_ZN4demo7COUNTER$LT$u64$GT$17h0123456789abcdefE", align 8, !dbg !31
  %c1 = add i64 %c, 1, !dbg !31
  store i64 %c1, ptr @"_ZN4demo7COUNTER$LT$u64$GT$17h0123456789abcdefE", align 8, !dbg !31
  ret i32 %r, !dbg !31
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!100, !101}
!100 = !{i32 7, !"Dwarf Version", i32 4}
!101 = !{i32 2, !"Debug Info Version", i32 3}

!0 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !1, producer: "hand-written", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !2)
!1 = !DIFile(filename: "sanitize.rs", directory: "")
!2 = !{!40}
!3 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!4 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!5 = !DIBasicType(name: "char", size: 32, encoding: DW_ATE_UTF)
!6 = !DIBasicType(name: "()", encoding: DW_ATE_unsigned)
!7 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!8 = !DINamespace(name: "demo", scope: null)

!9 = !DICompositeType(tag: DW_TAG_structure_type, name: "Pair<u32, &str>", scope: !8, file: !1, size: 384, align: 64, elements: !50, identifier: "pair-id")
!50 = !{!51, !52, !53, !54, !55, !56, !58}
!51 = !DIDerivedType(tag: DW_TAG_member, name: "first", scope: !9, file: !1, baseType: !3, size: 32, align: 32, offset: 32)
!52 = !DIDerivedType(tag: DW_TAG_member, name: "tag", scope: !9, file: !1, baseType: !5, size: 32, align: 32, offset: 0)
!53 = !DIDerivedType(tag: DW_TAG_member, name: "unit", scope: !9, file: !1, baseType: !6, align: 8, offset: 64)
!54 = !DIDerivedType(tag: DW_TAG_member, name: "second", scope: !9, file: !1, baseType: !57, size: 64, align: 64, offset: 64)
!55 = !DIDerivedType(tag: DW_TAG_member, name: "opt", scope: !9, file: !1, baseType: !60, size: 64, align: 32, offset: 128)
!56 = !DIDerivedType(tag: DW_TAG_member, name: "deep", scope: !9, file: !1, baseType: !70, size: 64, align: 64, offset: 192)
!57 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&str", baseType: !7, size: 64, align: 64)
!58 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !9, file: !1, baseType: !90, size: 8, align: 8, offset: 256)

!60 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<u32>", scope: !8, file: !1, size: 64, align: 32, elements: !61, identifier: "opt-id")
!61 = !{!62}
!62 = !DICompositeType(tag: DW_TAG_variant_part, scope: !60, file: !1, size: 64, align: 32, elements: !63, identifier: "opt-variant-id", discriminator: !64)
!63 = !{!65, !66}
!64 = !DIDerivedType(tag: DW_TAG_member, scope: !60, file: !1, baseType: !3, size: 32, align: 32, flags: DIFlagArtificial)
!65 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !62, file: !1, baseType: !67, size: 64, align: 32, extraData: i32 0)
!66 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !62, file: !1, baseType: !68, size: 64, align: 32, extraData: i32 1)
!67 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !60, file: !1, size: 64, align: 32, elements: !69, identifier: "none-id")
!68 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !60, file: !1, size: 64, align: 32, elements: !81, identifier: "some-id")
!69 = !{}
!81 = !{!80}
!80 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !68, file: !1, baseType: !3, size: 32, align: 32, offset: 32)

!70 = !DICompositeType(tag: DW_TAG_structure_type, name: "core::iter::adapters::map::Map<core::iter::adapters::filter::Filter<core::slice::iter::Iter<u8>, demo::main::{closure_env#0}>, demo::main::{closure_env#1}>", scope: !8, file: !1, size: 64, align: 64, elements: !71, identifier: "long-id")
!71 = !{!72}
!72 = !DIDerivedType(tag: DW_TAG_member, name: "iter", scope: !70, file: !1, baseType: !4, size: 64, align: 64)

!90 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "demo::Mode", scope: !8, file: !1, baseType: !7, size: 8, align: 8, flags: DIFlagEnumClass, elements: !91, identifier: "mode-id")
!91 = !{!92, !93}
!92 = !DIEnumerator(name: "Mode::Fast", value: 0, isUnsigned: true)
!93 = !DIEnumerator(name: "Slow$1", value: 1, isUnsigned: true)

!10 = distinct !DISubprogram(name: "prog", scope: !8, file: !1, line: 20, type: !11, scopeLine: 20, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !13)
!11 = !DISubroutineType(types: !12)
!12 = !{!3, !14}
!13 = !{!15}
!14 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u8", baseType: !7, size: 64, align: 64)
!15 = !DILocalVariable(name: "ctx", arg: 1, scope: !10, file: !1, line: 20, type: !14)
!31 = !DILocation(line: 21, column: 9, scope: !10)

!20 = distinct !DISubprogram(name: "total<u32>", linkageName: "_ZN4demo5total17h0123456789abcdefE", scope: !8, file: !1, line: 10, type: !21, scopeLine: 10, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !24)
!21 = !DISubroutineType(types: !22)
!22 = !{!3, !23}
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&demo::Pair<u32, &str>", baseType: !9, size: 64, align: 64)
!24 = !{!25}
!25 = !DILocalVariable(name: "pair", arg: 1, scope: !20, file: !1, line: 10, type: !23)
!30 = !DILocation(line: 11, column: 5, scope: !20)

!40 = !DIGlobalVariableExpression(var: !41, expr: !DIExpression())
!41 = distinct !DIGlobalVariable(name: "COUNTER<u64>", linkageName: "_ZN4demo7COUNTER$LT$u64$GT$17h0123456789abcdefE", scope: !8, file: !1, line: 3, type: !4, isLocal: true, isDefinition: true)
