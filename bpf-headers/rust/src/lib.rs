//! # bpf-headers: writing BPF programs in Rust for irbpf
//!
//! A `no_std` crate for BPF programs built with **stable** Rust for the
//! host target and compiled by irbpf (`cargo irbpf build`). No nightly,
//! no `-Z build-std`, no dependencies outside this directory.
//!
//! It offers aya-ebpf's programming model under aya's names, so an aya
//! program builds with only its dependency line changed:
//!
//! ```toml
//! [dependencies]
//! aya-ebpf = { package = "bpf-headers", path = ".../bpf-headers/rust" }
//! ```
//!
//! ```ignore
//! #![no_std]
//! #![no_main]
//! use aya_ebpf::{bindings::xdp_action, macros::{map, xdp}, maps::HashMap,
//!                programs::XdpContext};
//!
//! #[map]
//! static BLOCKLIST: HashMap<u32, u32> = HashMap::with_max_entries(1024, 0);
//!
//! #[xdp]
//! pub fn firewall(ctx: XdpContext) -> u32 {
//!     xdp_action::XDP_PASS
//! }
//!
//! #[panic_handler]
//! fn panic(_info: &core::panic::PanicInfo) -> ! {
//!     loop {}
//! }
//! ```
//!
//! * [`macros`]: `#[map]` and the program attributes (`#[xdp]`,
//!   `#[classifier]`, `#[tracepoint(category = "..", name = "..")]`,
//!   `#[raw_tracepoint]`, `#[kprobe]`, `#[kretprobe]`, `#[uprobe]`,
//!   `#[socket_filter]`, `#[cgroup_skb]`, `#[perf_event]`).
//! * [`maps`]: typed maps (`HashMap<K, V>`, `Array<T>`, `RingBuf`, ...),
//!   whose key and value types reach the object's BTF; and the untyped
//!   [`map!`] declarations underneath.
//! * [`programs`]: the contexts (`XdpContext`, `TcContext`,
//!   `TracePointContext`, ...) and [`EbpfContext`].
//! * [`helpers`]: typed wrappers where aya has them, and every BPF helper
//!   libbpf knows as `unsafe fn bpf_<name>(...)` with the C signature
//!   ([`helpers::gen`]); [`bpf_printk!`].
//! * [`bindings`]: context structures with the kernel's layouts and the
//!   constants (`xdp_action::XDP_PASS`, `TC_ACT_SHOT`, `BPF_ANY`, ...);
//!   [`types`]: `__u32` & co.
//! * [`net`]: Ethernet, IP, TCP and UDP headers (`network-types`' names)
//!   and the bounds-checked [`net::ptr_at`].
//! * [`license!`] and [`kversion!`]: the `license` and `version` sections.
//! * Feature `panic-handler` (off by default) supplies a `#[panic_handler]`
//!   for crates that do not define their own: it calls `__irbpf_panic`,
//!   which irbpf reports where a panic survives optimisation.
#![no_std]

#[path = "bindings_api.rs"]
pub mod bindings;
#[path = "helper_wrappers.rs"]
pub mod helpers;
pub mod maps;
pub mod net;
mod opaque;
#[cfg(feature = "panic-handler")]
mod panic;
pub mod programs;
pub mod types;

pub use programs::EbpfContext;

/// The attribute macros: `#[map]`, `#[xdp]`, `#[tracepoint(...)]`, ...
pub mod macros {
    pub use bpf_headers_macros::{cgroup_skb, classifier, kprobe, kretprobe, map, perf_event,
                                 raw_tracepoint, socket_filter, tracepoint, uprobe, uretprobe,
                                 xdp};
}

/// `bpf_printk!(b"fmt %d", arg, ...)`: a `bpf_trace_printk` line in
/// `/sys/kernel/tracing/trace_pipe` (GPL-only). The format is a byte
/// string; integers and pointers are passed as 64-bit values, so use
/// `%llu`/`%lld`/`%llx` (or `%d` for values that fit). Returns the
/// helper's result.
#[macro_export]
macro_rules! bpf_printk {
    ($fmt:literal $(, $arg:expr)* $(,)?) => {{
        const FMT: [u8; { $fmt.len() + 1 }] =
            $crate::helpers::nul_terminated::<{ $fmt.len() + 1 }>($fmt);
        $crate::helpers::bpf_printk_impl(&FMT, &[$($crate::helpers::PrintkArg::from($arg)),*])
    }};
}

/// `s` followed by NUL, as an array of `N` bytes (`N = s.len() + 1`).
pub const fn cstr_bytes<const N: usize>(s: &str) -> [u8; N] {
    helpers::nul_terminated(s.as_bytes())
}

/// The program's licence, in section `license`: `license!("GPL");`.
/// GPL-only helpers (`bpf_trace_printk`, `bpf_probe_read*`, ...) need a
/// GPL-compatible licence.
#[macro_export]
macro_rules! license {
    ($license:literal) => {
        #[no_mangle]
        #[link_section = "license"]
        #[allow(non_upper_case_globals)]
        pub static _license: [u8; $license.len() + 1] =
            $crate::cstr_bytes::<{ $license.len() + 1 }>($license);
    };
}

/// The kernel version, in section `version` (only old kprobe loaders
/// read it): `kversion!(0x060c00);`.
#[macro_export]
macro_rules! kversion {
    ($version:expr) => {
        #[no_mangle]
        #[link_section = "version"]
        #[allow(non_upper_case_globals)]
        pub static _version: u32 = $version;
    };
}
