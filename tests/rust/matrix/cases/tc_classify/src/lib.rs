//! A tc classifier with direct packet access: TC_ACT_SHOT for IPv4 with
//! TTL 0 or 1, TC_ACT_OK otherwise; the skb's mark and length read from
//! the context.
#![no_std]

use bpf_headers::bindings::__sk_buff;

const TC_ACT_OK: i32 = 0;
const TC_ACT_SHOT: i32 = 2;

#[no_mangle]
#[link_section = "tc"]
pub extern "C" fn prog(skb: *mut __sk_buff) -> i32 {
    let Some(p) = testlib::tc_bytes::<34>(skb) else { return TC_ACT_OK };
    let len = unsafe { (*skb).len };
    if u16::from_be_bytes([p[12], p[13]]) != 0x0800 || len < 34 {
        return TC_ACT_OK;
    }
    match p[14 + 8] {
        0 | 1 => TC_ACT_SHOT,
        ttl => (ttl as i32) << 8 | TC_ACT_OK,
    }
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";
