//! Does not work: an index the optimiser cannot prove in bounds keeps
//! its panic path, which the verifier would reject.
#![no_std]

use bpf_headers::bindings::xdp_md;

static TABLE: [u32; 10] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

#[no_mangle]
#[link_section = "xdp"]
pub extern "C" fn prog(ctx: *mut xdp_md) -> u32 {
    let Some(p) = testlib::xdp_bytes::<16>(ctx) else { return 0 };
    TABLE[p[0] as usize]
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";
