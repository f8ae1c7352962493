use core::ffi::{c_long, c_void};

use super::EbpfContext;
use crate::helpers::bpf_probe_read;

/// Context of tracepoint programs: the event's record, laid out as its
/// `/sys/kernel/tracing/events/<category>/<name>/format` says.
pub struct TracePointContext {
    ctx: *mut c_void,
}

impl TracePointContext {
    #[inline(always)]
    pub fn new(ctx: *mut c_void) -> Self {
        TracePointContext { ctx }
    }

    /// The `T` at byte `offset` of the record.
    ///
    /// # Safety
    /// `offset` and `T` must match the event's format.
    #[inline(always)]
    pub unsafe fn read_at<T>(&self, offset: usize) -> Result<T, c_long> {
        bpf_probe_read((self.ctx as *const u8).add(offset) as *const T)
    }
}

impl EbpfContext for TracePointContext {
    #[inline(always)]
    fn as_ptr(&self) -> *mut c_void {
        self.ctx
    }
}

/// Context of raw tracepoint programs: the tracepoint's arguments.
pub struct RawTracePointContext {
    ctx: *mut c_void,
}

/// A type a raw tracepoint argument (a `u64`) converts to.
pub trait FromRawTracepointArgs: Sized {
    fn from_arg(raw: u64) -> Self;
}

macro_rules! from_raw_arg {
    ($($t:ty),*) => {$(
        impl FromRawTracepointArgs for $t {
            #[inline(always)]
            fn from_arg(raw: u64) -> Self { raw as $t }
        }
    )*};
}
from_raw_arg!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize);

impl<T> FromRawTracepointArgs for *const T {
    #[inline(always)]
    fn from_arg(raw: u64) -> Self { raw as usize as *const T }
}

impl<T> FromRawTracepointArgs for *mut T {
    #[inline(always)]
    fn from_arg(raw: u64) -> Self { raw as usize as *mut T }
}

impl RawTracePointContext {
    #[inline(always)]
    pub fn new(ctx: *mut c_void) -> Self {
        RawTracePointContext { ctx }
    }

    /// Argument `n` of the tracepoint.
    ///
    /// # Safety
    /// `n` must be less than the tracepoint's argument count.
    #[inline(always)]
    pub unsafe fn arg<T: FromRawTracepointArgs>(&self, n: usize) -> T {
        T::from_arg(*(self.ctx as *const u64).add(n))
    }
}

impl EbpfContext for RawTracePointContext {
    #[inline(always)]
    fn as_ptr(&self) -> *mut c_void {
        self.ctx
    }
}
