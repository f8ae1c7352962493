//! Atomics on a global (a .data map): relaxed fetch_add returning the old
//! value, compare_exchange, fetch_max.
#![no_std]

use bpf_headers::bindings::xdp_md;
use core::sync::atomic::{AtomicU64, Ordering};

static TOTAL: AtomicU64 = AtomicU64::new(100);

#[no_mangle]
#[link_section = "xdp"]
pub extern "C" fn prog(ctx: *mut xdp_md) -> u32 {
    let Some(p) = testlib::xdp_bytes::<16>(ctx) else { return 0 };
    let old = TOTAL.fetch_add(p[0] as u64, Ordering::Relaxed);
    let old2 = TOTAL.fetch_add(1, Ordering::Relaxed);
    let swapped = TOTAL.compare_exchange(old2 + 1, 7, Ordering::SeqCst, Ordering::SeqCst).is_ok();
    let now = TOTAL.load(Ordering::Relaxed);
    (old + old2 * 1000) as u32 ^ (swapped as u32) << 31 ^ (now as u32) << 24
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";
