//! Array indexing whose bounds checks the optimiser removes: indices are
//! masked, or come from the loop range.
#![no_std]

use bpf_headers::bindings::xdp_md;

#[no_mangle]
#[link_section = "xdp"]
pub extern "C" fn prog(ctx: *mut xdp_md) -> u32 {
    let Some(p) = testlib::xdp_bytes::<16>(ctx) else { return 0 };
    let mut counts = [0u32; 16];
    for i in 0..16 {
        counts[(p[i] & 15) as usize] += 1;
    }
    let mut best = 0;
    for i in 1..counts.len() {
        if counts[i] > counts[best] {
            best = i;
        }
    }
    let last = p[p.len() - 1];
    (best as u32) << 16 | counts[best] << 8 | last as u32
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";
