use core::ffi::c_void;

use super::EbpfContext;
use crate::bindings::xdp_md;

/// Context of XDP programs.
pub struct XdpContext {
    pub ctx: *mut xdp_md,
}

impl XdpContext {
    #[inline(always)]
    pub fn new(ctx: *mut xdp_md) -> Self {
        XdpContext { ctx }
    }

    /// Address of the packet's first byte.
    #[inline(always)]
    pub fn data(&self) -> usize {
        unsafe { (*self.ctx).data as usize }
    }

    /// Address just past the packet's last byte.
    #[inline(always)]
    pub fn data_end(&self) -> usize {
        unsafe { (*self.ctx).data_end as usize }
    }

    #[inline(always)]
    pub fn metadata(&self) -> usize {
        unsafe { (*self.ctx).data_meta as usize }
    }

    #[inline(always)]
    pub fn metadata_end(&self) -> usize {
        self.data()
    }

    #[inline(always)]
    pub fn ingress_ifindex(&self) -> u32 {
        unsafe { (*self.ctx).ingress_ifindex }
    }
}

impl EbpfContext for XdpContext {
    #[inline(always)]
    fn as_ptr(&self) -> *mut c_void {
        self.ctx as *mut c_void
    }
}
