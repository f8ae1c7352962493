//! A function from a path-dependency crate (checksum) ends up in the
//! program: verify an IPv4 header checksum.
#![no_std]

use bpf_headers::bindings::xdp_md;

#[no_mangle]
#[link_section = "xdp"]
pub extern "C" fn prog(ctx: *mut xdp_md) -> u32 {
    let Some(p) = testlib::xdp_bytes::<34>(ctx) else { return 0 };
    let mut hdr = [0u8; 20];
    hdr.copy_from_slice(&p[14..34]);
    let sum = checksum::internet_checksum(&hdr);
    if sum == 0 { 1 } else { 0x10000 | sum as u32 }
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";
