use core::ffi::{c_long, c_void};
use core::mem::{size_of, MaybeUninit};

use super::EbpfContext;
use crate::bindings::__sk_buff;
use crate::helpers::gen::{bpf_skb_load_bytes, bpf_skb_pull_data, bpf_skb_store_bytes};

/// A socket buffer (`struct __sk_buff`): what tc, socket filter and
/// cgroup_skb programs see.
pub struct SkBuff {
    pub skb: *mut __sk_buff,
}

impl SkBuff {
    #[inline(always)]
    pub fn new(skb: *mut __sk_buff) -> Self {
        SkBuff { skb }
    }

    #[inline(always)]
    pub fn len(&self) -> u32 {
        unsafe { (*self.skb).len }
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Start of the directly accessible packet data (tc only).
    #[inline(always)]
    pub fn data(&self) -> usize {
        unsafe { (*self.skb).data as usize }
    }

    #[inline(always)]
    pub fn data_end(&self) -> usize {
        unsafe { (*self.skb).data_end as usize }
    }

    /// The link-layer protocol (network byte order).
    #[inline(always)]
    pub fn protocol(&self) -> u32 {
        unsafe { (*self.skb).protocol }
    }

    #[inline(always)]
    pub fn set_mark(&mut self, mark: u32) {
        unsafe { (*self.skb).mark = mark }
    }

    #[inline(always)]
    pub fn cb(&self) -> &[u32] {
        unsafe { &(*self.skb).cb }
    }

    #[inline(always)]
    pub fn cb_mut(&mut self) -> &mut [u32] {
        unsafe { &mut (*self.skb).cb }
    }

    /// A copy of the `T` at `offset` (`bpf_skb_load_bytes()`).
    #[inline(always)]
    pub fn load<T>(&self, offset: usize) -> Result<T, c_long> {
        let mut data = MaybeUninit::<T>::uninit();
        let ret = unsafe {
            bpf_skb_load_bytes(self.skb as *const c_void, offset as u32,
                               data.as_mut_ptr() as *mut c_void, size_of::<T>() as u32)
        };
        if ret == 0 { Ok(unsafe { data.assume_init() }) } else { Err(ret) }
    }

    /// Fills `dst` from `offset`; returns the length copied.
    #[inline(always)]
    pub fn load_bytes(&self, offset: usize, dst: &mut [u8]) -> Result<usize, c_long> {
        let len = dst.len();
        if len == 0 || len > 0xffff {
            return Err(-1);
        }
        let ret = unsafe {
            bpf_skb_load_bytes(self.skb as *const c_void, offset as u32,
                               dst.as_mut_ptr() as *mut c_void, len as u32)
        };
        if ret == 0 { Ok(len) } else { Err(ret) }
    }

    /// Writes `v` at `offset` (`bpf_skb_store_bytes()`, `flags` e.g.
    /// `BPF_F_RECOMPUTE_CSUM`).
    #[inline(always)]
    pub fn store<T>(&mut self, offset: usize, v: &T, flags: u64) -> Result<(), c_long> {
        let ret = unsafe {
            bpf_skb_store_bytes(self.skb, offset as u32, v as *const T as *const c_void,
                                size_of::<T>() as u32, flags)
        };
        if ret == 0 { Ok(()) } else { Err(ret) }
    }

    /// Makes the first `len` bytes directly accessible.
    #[inline(always)]
    pub fn pull_data(&self, len: u32) -> Result<(), c_long> {
        let ret = unsafe { bpf_skb_pull_data(self.skb, len) };
        if ret == 0 { Ok(()) } else { Err(ret) }
    }
}

macro_rules! skb_context {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        pub struct $name {
            pub skb: SkBuff,
        }

        impl $name {
            #[inline(always)]
            pub fn new(skb: *mut __sk_buff) -> Self {
                $name { skb: SkBuff::new(skb) }
            }

            #[inline(always)]
            pub fn len(&self) -> u32 { self.skb.len() }
            #[inline(always)]
            pub fn is_empty(&self) -> bool { self.skb.is_empty() }
            #[inline(always)]
            pub fn data(&self) -> usize { self.skb.data() }
            #[inline(always)]
            pub fn data_end(&self) -> usize { self.skb.data_end() }
            #[inline(always)]
            pub fn protocol(&self) -> u32 { self.skb.protocol() }
            #[inline(always)]
            pub fn set_mark(&mut self, mark: u32) { self.skb.set_mark(mark) }
            #[inline(always)]
            pub fn cb(&self) -> &[u32] { self.skb.cb() }
            #[inline(always)]
            pub fn cb_mut(&mut self) -> &mut [u32] { self.skb.cb_mut() }
            #[inline(always)]
            pub fn load<T>(&self, offset: usize) -> Result<T, c_long> { self.skb.load(offset) }
            #[inline(always)]
            pub fn load_bytes(&self, offset: usize, dst: &mut [u8]) -> Result<usize, c_long> {
                self.skb.load_bytes(offset, dst)
            }
            #[inline(always)]
            pub fn store<T>(&mut self, offset: usize, v: &T, flags: u64) -> Result<(), c_long> {
                self.skb.store(offset, v, flags)
            }
            #[inline(always)]
            pub fn pull_data(&self, len: u32) -> Result<(), c_long> { self.skb.pull_data(len) }
        }

        impl EbpfContext for $name {
            #[inline(always)]
            fn as_ptr(&self) -> *mut c_void {
                self.skb.skb as *mut c_void
            }
        }
    };
}

skb_context!(
    /// Context of tc classifiers (`#[classifier]`).
    TcContext);
skb_context!(
    /// Context of socket filters and cgroup_skb programs.
    SkBuffContext);
