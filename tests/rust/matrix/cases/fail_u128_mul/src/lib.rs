//! Does not work: a 128-bit multiplication (u64 x u64 -> u128) has no BPF
//! instruction and no library to call.
#![no_std]

use bpf_headers::bindings::xdp_md;

#[no_mangle]
#[link_section = "xdp"]
pub extern "C" fn prog(ctx: *mut xdp_md) -> u32 {
    let Some(p) = testlib::xdp_bytes::<16>(ctx) else { return 0 };
    let wide = testlib::le64(&p, 0) as u128 * testlib::le64(&p, 8) as u128;
    testlib::fold((wide >> 64) as u64 ^ wide as u64)
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";
