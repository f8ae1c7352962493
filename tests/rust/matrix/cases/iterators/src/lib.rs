//! Iterator adapters: map, filter, sum, zip, enumerate, fold, rev, take,
//! skip, any, position, max.
#![no_std]

use bpf_headers::bindings::xdp_md;

#[no_mangle]
#[link_section = "xdp"]
pub extern "C" fn prog(ctx: *mut xdp_md) -> u32 {
    let Some(p) = testlib::xdp_bytes::<32>(ctx) else { return 0 };
    let (a, b) = p.split_at(16);
    let odd_sum: u32 = a.iter().map(|&x| x as u32).filter(|x| x % 2 == 1).sum();
    let dot: u32 = a.iter().zip(b.iter()).map(|(&x, &y)| x as u32 * y as u32).sum();
    let weighted = a.iter().enumerate().fold(0u32, |acc, (i, &x)| acc + i as u32 * x as u32);
    let tail: u32 = b.iter().rev().take(4).skip(1).map(|&x| x as u32).sum();
    let has_zero = a.iter().any(|&x| x == 0) as u32;
    let pos = b.iter().position(|&x| x > 0x7f).map_or(0xff, |i| i as u32);
    let max = a.iter().copied().max().unwrap_or(0) as u32;
    (odd_sum ^ dot << 4 ^ weighted << 8 ^ tail << 16 ^ pos << 24 ^ max) + has_zero
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";
