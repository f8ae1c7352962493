//! slice::get returning Option, with indices from the packet, in and out
//! of range; first/last; split_at with a constant.
#![no_std]

use bpf_headers::bindings::xdp_md;

fn pick(data: &[u8], i: usize) -> u32 {
    match data.get(i) {
        Some(&b) => b as u32,
        None => 0x100,
    }
}

#[no_mangle]
#[link_section = "xdp"]
pub extern "C" fn prog(ctx: *mut xdp_md) -> u32 {
    let Some(p) = testlib::xdp_bytes::<16>(ctx) else { return 0 };
    let (head, tail) = p.split_at(4);
    let a = pick(head, p[0] as usize);
    let b = pick(tail, p[1] as usize);
    let c = tail.first().copied().unwrap_or(0) as u32 + *tail.last().unwrap_or(&0) as u32;
    let d = head.get(1..3).map_or(0, |s| s[0] as u32 * s[1] as u32);
    a | b << 9 | c << 18 ^ d
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";
