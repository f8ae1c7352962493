//! Rejected: reads the packet without comparing against data_end (the
//! Rust form of packet_bounds.c).
#![no_std]

use bpf_headers::bindings::xdp_md;

const XDP_DROP: u32 = 1;
const XDP_PASS: u32 = 2;

#[no_mangle]
#[link_section = "xdp"]
pub extern "C" fn packet_bounds(ctx: *mut xdp_md) -> u32 {
    let data = unsafe { (*ctx).data } as usize as *const u32;
    let first = unsafe { *data }; // rejected here

    if first == 7 { XDP_DROP } else { XDP_PASS }
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";
