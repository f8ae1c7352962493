//! Program contexts: what an entry point receives, built by the program
//! attributes from the kernel's context pointer.

mod perf_event;
mod probe;
mod sk_buff;
mod tracepoint;
mod xdp;

use core::ffi::{c_long, c_void};

pub use perf_event::PerfEventContext;
pub use probe::{FromPtRegs, ProbeContext, RetProbeContext};
pub use sk_buff::{SkBuff, SkBuffContext, TcContext};
pub use tracepoint::{FromRawTracepointArgs, RawTracePointContext, TracePointContext};
pub use xdp::XdpContext;

use crate::helpers::{bpf_get_current_comm, bpf_get_current_pid_tgid, bpf_get_current_uid_gid};

/// What every context offers: the raw pointer, and the current task.
pub trait EbpfContext {
    /// The kernel's context pointer, as helpers take it.
    fn as_ptr(&self) -> *mut c_void;

    /// The current task's name (`comm`), NUL-padded.
    #[inline(always)]
    fn command(&self) -> Result<[u8; 16], c_long> {
        bpf_get_current_comm()
    }

    /// The current thread's id.
    #[inline(always)]
    fn pid(&self) -> u32 {
        bpf_get_current_pid_tgid() as u32
    }

    /// The current process's id (its thread group).
    #[inline(always)]
    fn tgid(&self) -> u32 {
        (bpf_get_current_pid_tgid() >> 32) as u32
    }

    #[inline(always)]
    fn uid(&self) -> u32 {
        bpf_get_current_uid_gid() as u32
    }

    #[inline(always)]
    fn gid(&self) -> u32 {
        (bpf_get_current_uid_gid() >> 32) as u32
    }
}
