//! Input for the matrix cases: the first N bytes of the test packet,
//! copied to the stack after the bounds check the verifier wants.
#![no_std]

use bpf_headers::bindings::{__sk_buff, xdp_md};

#[inline(always)]
fn copy<const N: usize>(start: usize, end: usize) -> Option<[u8; N]> {
    if start + N > end {
        return None;
    }
    Some(unsafe { core::ptr::read_unaligned(start as *const [u8; N]) })
}

/// The first N bytes of an XDP packet.
#[inline(always)]
pub fn xdp_bytes<const N: usize>(ctx: *const xdp_md) -> Option<[u8; N]> {
    let ctx = unsafe { &*ctx };
    copy(ctx.data as usize, ctx.data_end as usize)
}

/// The first N bytes of a tc packet (direct packet access).
#[inline(always)]
pub fn tc_bytes<const N: usize>(skb: *const __sk_buff) -> Option<[u8; N]> {
    let skb = unsafe { &*skb };
    copy(skb.data as usize, skb.data_end as usize)
}

/// Little-endian u64 at byte offset OFF of a copied packet.
#[inline(always)]
pub fn le64<const N: usize>(b: &[u8; N], off: usize) -> u64 {
    let mut v = [0u8; 8];
    v.copy_from_slice(&b[off..off + 8]);
    u64::from_le_bytes(v)
}

/// Little-endian u32 at byte offset OFF of a copied packet.
#[inline(always)]
pub fn le32<const N: usize>(b: &[u8; N], off: usize) -> u32 {
    let mut v = [0u8; 4];
    v.copy_from_slice(&b[off..off + 4]);
    u32::from_le_bytes(v)
}

/// Folds a u64 into the 32-bit program return value.
#[inline(always)]
pub fn fold(v: u64) -> u32 {
    (v ^ (v >> 32)) as u32
}
