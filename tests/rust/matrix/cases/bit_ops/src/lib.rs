//! Bit operations in a tc program: leading/trailing zeros, popcount,
//! byte swaps, rotations.
#![no_std]

use bpf_headers::bindings::__sk_buff;

#[no_mangle]
#[link_section = "tc"]
pub extern "C" fn prog(skb: *mut __sk_buff) -> i32 {
    let Some(p) = testlib::tc_bytes::<24>(skb) else { return -1 };
    let a = testlib::le64(&p, 14);
    let b = u32::from_be_bytes([p[20], p[21], p[22], p[23]]);
    let r = a.leading_zeros() | a.trailing_zeros() << 8 | a.count_ones() << 16
        | b.count_zeros() << 24;
    (r ^ b.swap_bytes() ^ b.rotate_right(3) ^ (a.to_be() >> 40) as u32) as i32
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";
