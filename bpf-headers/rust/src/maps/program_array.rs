//! [`ProgramArray`]: programs to tail-call into.

use core::convert::Infallible;
use core::ffi::c_long;

use super::def::{map_ptr, AyaDef, PinningType};
use super::BPF_MAP_TYPE_PROG_ARRAY;
use crate::helpers::gen::bpf_tail_call;
use crate::programs::EbpfContext;

#[repr(transparent)]
pub struct ProgramArray {
    def: AyaDef,
}

unsafe impl Sync for ProgramArray {}

impl ProgramArray {
    pub const fn with_max_entries(max_entries: u32, flags: u32) -> Self {
        ProgramArray { def: AyaDef::new(BPF_MAP_TYPE_PROG_ARRAY, 4, 4, max_entries, flags,
                                        PinningType::None) }
    }

    pub const fn pinned(max_entries: u32, flags: u32) -> Self {
        ProgramArray { def: AyaDef::new(BPF_MAP_TYPE_PROG_ARRAY, 4, 4, max_entries, flags,
                                        PinningType::ByName) }
    }

    /// Jumps to the program at `index`; returns only when there is none
    /// (or the tail-call limit is reached), with the helper's error.
    ///
    /// # Safety
    /// The program at `index` must take the same context.
    #[inline(always)]
    pub unsafe fn tail_call<C: EbpfContext>(&self, ctx: &C, index: u32)
                                            -> Result<Infallible, c_long> {
        Err(bpf_tail_call(ctx.as_ptr(), map_ptr(self), index))
    }
}
