// SPDX-License-Identifier: MIT
/*
 * Atomic operations the BPF backend (LLVM 22) gets wrong or cannot
 * select, as relaxed atomics in Rust (AtomicU64 with Ordering::Relaxed)
 * and C (__ATOMIC_RELAXED) produce them:
 *
 *  - a relaxed atomicrmw add whose result is used is lowered to the
 *    plain "lock +=" instruction, which does not return the old value:
 *    the program then reads a register that never received it. With
 *    sequentially consistent ordering the backend emits atomic_fetch_add,
 *    which does; a stronger ordering is always a correct implementation
 *    of a weaker one.
 *  - relaxed atomic loads and stores fail instruction selection ("Cannot
 *    select: AtomicLoad") below -mcpu=v4. An aligned BPF load or store
 *    of up to 8 bytes is single-copy atomic, which is all "relaxed" asks
 *    for, so they become volatile plain accesses.
 */
#include "stages/lower/check.h"

static bool is_relaxed(LLVMAtomicOrdering ord)
{
	return ord == LLVMAtomicOrderingMonotonic || ord == LLVMAtomicOrderingUnordered;
}

static unsigned fix_instruction(LLVMValueRef in)
{
	if (LLVMIsAAtomicRMWInst(in) && LLVMGetFirstUse(in) && is_relaxed(LLVMGetOrdering(in))) {
		LLVMSetOrdering(in, LLVMAtomicOrderingSequentiallyConsistent);
		return 1;
	}
	if ((LLVMIsALoadInst(in) || LLVMIsAStoreInst(in)) && is_relaxed(LLVMGetOrdering(in))) {
		LLVMSetOrdering(in, LLVMAtomicOrderingNotAtomic);
		LLVMSetVolatile(in, 1);
		return 1;
	}
	return 0;
}

unsigned fix_relaxed_atomics(LLVMValueRef fn)
{
	unsigned fixed = 0;

	for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
		for (LLVMValueRef in = LLVMGetFirstInstruction(bb); in;
		     in = LLVMGetNextInstruction(in))
			fixed += fix_instruction(in);
	return fixed;
}
