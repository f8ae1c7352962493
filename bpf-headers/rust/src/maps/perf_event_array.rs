//! [`PerfEventArray`]: records to user space through per-CPU perf buffers.

use core::ffi::c_void;
use core::marker::PhantomData;
use core::mem::size_of;

use super::def::{map_ptr, AyaDef, PinningType};
use super::BPF_MAP_TYPE_PERF_EVENT_ARRAY;
use crate::helpers::gen::bpf_perf_event_output;
use crate::programs::EbpfContext;

/// The index that means "this CPU's buffer".
pub const BPF_F_CURRENT_CPU: u64 = 0xffff_ffff;

#[repr(C)]
pub struct PerfEventArray<T> {
    def: AyaDef,
    _t: PhantomData<T>,
}

unsafe impl<T> Sync for PerfEventArray<T> {}

impl<T> PerfEventArray<T> {
    /// One buffer per CPU (the loader sets the size).
    pub const fn new(flags: u32) -> Self {
        Self::with_max_entries(0, flags)
    }

    pub const fn with_max_entries(max_entries: u32, flags: u32) -> Self {
        PerfEventArray { def: AyaDef::new(BPF_MAP_TYPE_PERF_EVENT_ARRAY, 4, 4, max_entries,
                                          flags, PinningType::None), _t: PhantomData }
    }

    pub const fn pinned(max_entries: u32, flags: u32) -> Self {
        PerfEventArray { def: AyaDef::new(BPF_MAP_TYPE_PERF_EVENT_ARRAY, 4, 4, max_entries,
                                          flags, PinningType::ByName), _t: PhantomData }
    }

    /// Sends `data` to this CPU's buffer.
    #[inline(always)]
    pub fn output<C: EbpfContext>(&self, ctx: &C, data: &T, flags: u32) {
        self.output_at_index(ctx, BPF_F_CURRENT_CPU as u32, data, flags)
    }

    #[inline(always)]
    pub fn output_at_index<C: EbpfContext>(&self, ctx: &C, index: u32, data: &T, flags: u32) {
        let flags = (flags as u64) << 32 | index as u64;
        unsafe {
            bpf_perf_event_output(ctx.as_ptr(), map_ptr(self), flags,
                                  data as *const T as *const c_void as *mut c_void,
                                  size_of::<T>() as u64);
        }
    }
}
