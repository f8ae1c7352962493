//! saturating_* arithmetic at several widths.
#![no_std]

use bpf_headers::bindings::xdp_md;

#[no_mangle]
#[link_section = "xdp"]
pub extern "C" fn prog(ctx: *mut xdp_md) -> u32 {
    let Some(p) = testlib::xdp_bytes::<16>(ctx) else { return 0 };
    let a = p[0].saturating_add(p[1]);
    let b = p[2].saturating_sub(p[3]);
    let c = i16::from_le_bytes([p[4], p[5]]).saturating_mul(i16::from_le_bytes([p[6], p[7]]));
    let d = testlib::le32(&p, 8).saturating_mul(16);
    let e = (p[12] as i8).saturating_sub(100);
    a as u32 | (b as u32) << 8 | (c as u16 as u32) << 16 ^ d ^ e as u8 as u32
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";
