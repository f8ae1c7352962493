//! checked_* arithmetic returning Option, with the None paths taken.
#![no_std]

use bpf_headers::bindings::xdp_md;

fn eval(a: u32, b: u32, c: u8) -> Option<u32> {
    let x = a.checked_add(b)?;
    let y = x.checked_mul(c as u32)?;
    let z = y.checked_div(b)?;
    z.checked_sub(1)
}

#[no_mangle]
#[link_section = "xdp"]
pub extern "C" fn prog(ctx: *mut xdp_md) -> u32 {
    let Some(p) = testlib::xdp_bytes::<16>(ctx) else { return 0 };
    let a = testlib::le32(&p, 0);
    let b = testlib::le32(&p, 4);
    match eval(a, b, p[8]) {
        Some(v) => v,
        None => 0xdead,
    }
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";
