use core::ffi::c_void;

use super::EbpfContext;

/// Context of perf_event programs (`struct bpf_perf_event_data`).
pub struct PerfEventContext {
    ctx: *mut c_void,
}

impl PerfEventContext {
    #[inline(always)]
    pub fn new(ctx: *mut c_void) -> Self {
        PerfEventContext { ctx }
    }
}

impl EbpfContext for PerfEventContext {
    #[inline(always)]
    fn as_ptr(&self) -> *mut c_void {
        self.ctx
    }
}
