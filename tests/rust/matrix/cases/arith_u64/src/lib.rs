//! u64 multiply, divide, remainder and shifts on values from the packet.
#![no_std]

use bpf_headers::bindings::xdp_md;

#[no_mangle]
#[link_section = "xdp"]
pub extern "C" fn prog(ctx: *mut xdp_md) -> u32 {
    let Some(p) = testlib::xdp_bytes::<32>(ctx) else { return 0 };
    let a = testlib::le64(&p, 0);
    let b = testlib::le64(&p, 8) | 1; // never zero: the division has no panic path
    let c = testlib::le64(&p, 16);
    let s = (p[24] & 63) as u32;
    let r = a.wrapping_mul(c) ^ (a / b) ^ (c % b).rotate_left(7) ^ (a << s) ^ (c >> s)
        ^ ((a as i64) >> s) as u64;
    testlib::fold(r)
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";
