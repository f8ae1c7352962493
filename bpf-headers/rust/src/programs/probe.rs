use core::ffi::c_void;

use super::EbpfContext;
use crate::bindings::pt_regs;

/// A type a register converts to: the `n`th argument or the return value
/// under the host's calling convention.
pub trait FromPtRegs: Sized {
    fn from_argument(regs: &pt_regs, n: usize) -> Option<Self>;
    fn from_retval(regs: &pt_regs) -> Option<Self>;
}

#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn argument(regs: &pt_regs, n: usize) -> Option<u64> {
    Some(match n {
        0 => regs.rdi,
        1 => regs.rsi,
        2 => regs.rdx,
        3 => regs.rcx,
        4 => regs.r8,
        5 => regs.r9,
        _ => return None,
    })
}

#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn retval(regs: &pt_regs) -> u64 {
    regs.rax
}

#[cfg(target_arch = "aarch64")]
#[inline(always)]
fn argument(regs: &pt_regs, n: usize) -> Option<u64> {
    if n < 8 { Some(regs.regs[n]) } else { None }
}

#[cfg(target_arch = "aarch64")]
#[inline(always)]
fn retval(regs: &pt_regs) -> u64 {
    regs.regs[0]
}

macro_rules! from_regs {
    ($($t:ty),*) => {$(
        impl FromPtRegs for $t {
            #[inline(always)]
            fn from_argument(regs: &pt_regs, n: usize) -> Option<Self> {
                argument(regs, n).map(|v| v as $t)
            }
            #[inline(always)]
            fn from_retval(regs: &pt_regs) -> Option<Self> {
                Some(retval(regs) as $t)
            }
        }
    )*};
}
from_regs!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize);

impl<T> FromPtRegs for *const T {
    #[inline(always)]
    fn from_argument(regs: &pt_regs, n: usize) -> Option<Self> {
        argument(regs, n).map(|v| v as usize as *const T)
    }
    #[inline(always)]
    fn from_retval(regs: &pt_regs) -> Option<Self> {
        Some(retval(regs) as usize as *const T)
    }
}

impl<T> FromPtRegs for *mut T {
    #[inline(always)]
    fn from_argument(regs: &pt_regs, n: usize) -> Option<Self> {
        argument(regs, n).map(|v| v as usize as *mut T)
    }
    #[inline(always)]
    fn from_retval(regs: &pt_regs) -> Option<Self> {
        Some(retval(regs) as usize as *mut T)
    }
}

/// Context of kprobe and uprobe programs: the probed task's registers.
pub struct ProbeContext {
    pub regs: *mut pt_regs,
}

impl ProbeContext {
    #[inline(always)]
    pub fn new(ctx: *mut c_void) -> Self {
        ProbeContext { regs: ctx as *mut pt_regs }
    }

    /// Argument `n` of the probed function.
    #[inline(always)]
    pub fn arg<T: FromPtRegs>(&self, n: usize) -> Option<T> {
        T::from_argument(unsafe { &*self.regs }, n)
    }
}

impl EbpfContext for ProbeContext {
    #[inline(always)]
    fn as_ptr(&self) -> *mut c_void {
        self.regs as *mut c_void
    }
}

/// Context of kretprobe and uretprobe programs.
pub struct RetProbeContext {
    pub regs: *mut pt_regs,
}

impl RetProbeContext {
    #[inline(always)]
    pub fn new(ctx: *mut c_void) -> Self {
        RetProbeContext { regs: ctx as *mut pt_regs }
    }

    /// The probed function's return value.
    #[inline(always)]
    pub fn ret<T: FromPtRegs>(&self) -> Option<T> {
        T::from_retval(unsafe { &*self.regs })
    }
}

impl EbpfContext for RetProbeContext {
    #[inline(always)]
    fn as_ptr(&self) -> *mut c_void {
        self.regs as *mut c_void
    }
}
