//! Bounded loops: for over a range, while with a data-dependent exit,
//! loop with break value; the verifier sees every bound.
#![no_std]

use bpf_headers::bindings::xdp_md;

#[no_mangle]
#[link_section = "xdp"]
pub extern "C" fn prog(ctx: *mut xdp_md) -> u32 {
    let Some(p) = testlib::xdp_bytes::<32>(ctx) else { return 0 };
    let mut hash: u32 = 2166136261;
    for i in 0..32 {
        hash = (hash ^ p[i] as u32).wrapping_mul(16777619);
    }
    let mut n = 0;
    while n < 32 && p[n] != 0 {
        n += 1;
    }
    let mut i = 31;
    let last_ff = loop {
        if p[i] == 0xff {
            break i as u32;
        }
        if i == 0 {
            break 0x80;
        }
        i -= 1;
    };
    hash ^ (n as u32) << 24 ^ last_ff << 16
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";
