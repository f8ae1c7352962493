//! wrapping_* and overflowing_* arithmetic.
#![no_std]

use bpf_headers::bindings::xdp_md;

#[no_mangle]
#[link_section = "xdp"]
pub extern "C" fn prog(ctx: *mut xdp_md) -> u32 {
    let Some(p) = testlib::xdp_bytes::<16>(ctx) else { return 0 };
    let a = testlib::le32(&p, 0);
    let b = testlib::le32(&p, 4);
    let c = p[8];
    let (sum, o1) = a.overflowing_add(b);
    let (diff, o2) = a.overflowing_sub(b);
    let (prod, o3) = c.overflowing_mul(c);
    let flags = o1 as u32 | (o2 as u32) << 1 | (o3 as u32) << 2;
    sum.wrapping_add(diff).wrapping_mul(3) ^ (prod as u32) << 8 ^ flags << 28
        ^ (c as i8).wrapping_neg() as u8 as u32 ^ a.wrapping_shl(b)
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";
