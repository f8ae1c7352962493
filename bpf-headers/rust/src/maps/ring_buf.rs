//! [`RingBuf`]: a ring buffer shared by all CPUs (`BPF_MAP_TYPE_RINGBUF`).

use core::ffi::{c_long, c_void};
use core::mem::{size_of, MaybeUninit};
use core::ops::{Deref, DerefMut};

use super::def::{map_ptr, AyaDef, PinningType};
use super::BPF_MAP_TYPE_RINGBUF;
use crate::helpers::gen::{bpf_ringbuf_discard, bpf_ringbuf_output, bpf_ringbuf_query,
                          bpf_ringbuf_reserve, bpf_ringbuf_submit};

#[repr(transparent)]
pub struct RingBuf {
    def: AyaDef,
}

unsafe impl Sync for RingBuf {}

/// A reserved record: write it (it derefs to `MaybeUninit<T>`), then
/// [`submit`](RingBufEntry::submit) or [`discard`](RingBufEntry::discard)
/// it; the verifier rejects a program that does neither.
#[must_use = "a reserved ring buffer record must be submitted or discarded"]
pub struct RingBufEntry<T: 'static>(&'static mut MaybeUninit<T>);

impl<T> Deref for RingBufEntry<T> {
    type Target = MaybeUninit<T>;

    fn deref(&self) -> &MaybeUninit<T> {
        self.0
    }
}

impl<T> DerefMut for RingBufEntry<T> {
    fn deref_mut(&mut self) -> &mut MaybeUninit<T> {
        self.0
    }
}

impl<T> RingBufEntry<T> {
    /// Hands the record to user space (`flags`: 0, `BPF_RB_NO_WAKEUP`,
    /// `BPF_RB_FORCE_WAKEUP`).
    #[inline(always)]
    pub fn submit(self, flags: u64) {
        unsafe { bpf_ringbuf_submit(self.0.as_mut_ptr() as *mut c_void, flags) }
    }

    /// Gives the space back unread.
    #[inline(always)]
    pub fn discard(self, flags: u64) {
        unsafe { bpf_ringbuf_discard(self.0.as_mut_ptr() as *mut c_void, flags) }
    }
}

impl RingBuf {
    /// A ring buffer of `byte_size` bytes: a power of two and a multiple
    /// of the page size.
    pub const fn with_byte_size(byte_size: u32, flags: u32) -> Self {
        RingBuf { def: AyaDef::new(BPF_MAP_TYPE_RINGBUF, 0, 0, byte_size, flags,
                                   PinningType::None) }
    }

    pub const fn pinned(byte_size: u32, flags: u32) -> Self {
        RingBuf { def: AyaDef::new(BPF_MAP_TYPE_RINGBUF, 0, 0, byte_size, flags,
                                   PinningType::ByName) }
    }

    /// Room for one `T`, or `None` when the buffer is full.
    #[inline(always)]
    pub fn reserve<T: 'static>(&self, flags: u64) -> Option<RingBufEntry<T>> {
        let p = unsafe { bpf_ringbuf_reserve(map_ptr(self), size_of::<T>() as u64, flags) };
        if p.is_null() {
            None
        } else {
            Some(RingBufEntry(unsafe { &mut *(p as *mut MaybeUninit<T>) }))
        }
    }

    /// Copies `data` into the buffer as one record.
    #[inline(always)]
    pub fn output<T: ?Sized>(&self, data: &T, flags: u64) -> Result<(), c_long> {
        let ret = unsafe {
            bpf_ringbuf_output(map_ptr(self), data as *const T as *const c_void as *mut c_void,
                               core::mem::size_of_val(data) as u64, flags)
        };
        if ret == 0 { Ok(()) } else { Err(ret) }
    }

    /// `bpf_ringbuf_query()`: `BPF_RB_AVAIL_DATA`, `BPF_RB_RING_SIZE`, ...
    #[inline(always)]
    pub fn query(&self, flags: u64) -> u64 {
        unsafe { bpf_ringbuf_query(map_ptr(self), flags) }
    }
}
