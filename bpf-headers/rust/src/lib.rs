//! # bpf-headers: writing BPF programs in Rust for irbpf
//!
//! A `no_std` crate for BPF programs built with **stable** Rust for the
//! host target and compiled by irbpf (`cargo irbpf build`, or rustc with
//! `--emit=llvm-bc`, `lto`, `panic = "abort"`, `codegen-units = 1`, then
//! `irbpf`). No nightly, no `-Z build-std`, no dependencies.
//!
//! * [`helpers`]: every BPF helper libbpf knows, as
//!   `unsafe fn bpf_<name>(...)` with the C signature (generated from
//!   libbpf's `bpf_helper_defs.h` by the same table that produces irbpf's
//!   runtime and C headers). The irbpf runtime defines each one as a call
//!   of the helper by number, inlined away.
//! * [`bindings`]: program context types (`xdp_md`, `__sk_buff`,
//!   `pt_regs`, ...) with the kernel's layouts; [`types`]: `__u32` & co.
//! * [`maps`]: [`map!`] and [`map_section!`] declare maps as the classic
//!   five-`u32` definition in section `maps`/`maps/<name>`, which irbpf
//!   turns into BTF-defined maps that libbpf 1.x loads.
//! * [`license!`] and [`kversion!`]: the `license` and `version` sections.
//! * A `#[panic_handler]` for BPF (feature `panic-handler`, on by
//!   default): panics are calls of an undefined never-returning function
//!   that irbpf reports where they survive optimisation.
//!
//! Programs are `extern "C"` functions placed in a program section:
//!
//! ```ignore
//! #![no_std]
//! use bpf_headers::bindings::{xdp_md, XDP_PASS};
//! use bpf_headers::helpers::bpf_ktime_get_ns;
//! use bpf_headers::maps::BPF_MAP_TYPE_ARRAY;
//!
//! bpf_headers::map!(LAST_SEEN, BPF_MAP_TYPE_ARRAY, u32, u64, 1);
//! bpf_headers::license!("GPL");
//!
//! #[no_mangle]
//! #[link_section = "xdp"]
//! pub extern "C" fn stamp(_ctx: *mut xdp_md) -> u32 {
//!     unsafe {
//!         let now = bpf_ktime_get_ns();
//!         LAST_SEEN.update(&0u32, &now, bpf_headers::maps::BPF_ANY);
//!     }
//!     XDP_PASS
//! }
//! ```
#![no_std]

pub mod bindings;
pub mod helpers;
pub mod maps;
mod opaque;
#[cfg(feature = "panic-handler")]
mod panic;
pub mod types;

/// `s` followed by NUL, as an array of `N` bytes (`N = s.len() + 1`).
pub const fn cstr_bytes<const N: usize>(s: &str) -> [u8; N] {
    let b = s.as_bytes();
    let mut out = [0u8; N];
    let mut i = 0;
    while i < b.len() {
        out[i] = b[i];
        i += 1;
    }
    out
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
