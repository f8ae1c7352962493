; A socket filter written directly in LLVM IR: returns skb->len + 1 and
; counts calls in a global (.bss) variable.
target triple = "bpfel"

%struct.__sk_buff = type { i32 }

@calls = dso_local global i64 0, align 8
@LICENSE = dso_local global [4 x i8] c"GPL\00", section "license", align 1

define dso_local i32 @len_plus_one(ptr %skb) section "socket" {
entry:
  %len = load i32, ptr %skb, align 4
  %r = add i32 %len, 1
  %old = atomicrmw add ptr @calls, i64 1 seq_cst
  ret i32 %r
}
