//! IPv4 parsing in a socket filter through bpf_skb_load_bytes: keep the
//! whole packet for TCP, the first 64 bytes for UDP, drop the rest. A
//! socket filter's data starts at the network header; the Ethernet type
//! is in skb->protocol (network byte order).
#![no_std]

use bpf_headers::bindings::__sk_buff;
use bpf_headers::helpers::bpf_skb_load_bytes;

#[inline(always)]
fn load<const N: usize>(skb: *const __sk_buff, off: u32) -> Option<[u8; N]> {
    let mut buf = [0u8; N];
    let ret = unsafe { bpf_skb_load_bytes(skb as *const _, off, buf.as_mut_ptr() as *mut _, N as u32) };
    if ret == 0 { Some(buf) } else { None }
}

fn verdict(skb: *const __sk_buff) -> Option<u32> {
    let proto = unsafe { (*skb).protocol } as u16;
    if u16::from_be(proto) != 0x0800 {
        return Some(0);
    }
    let ip: [u8; 20] = load(skb, 0)?;
    if ip[0] >> 4 != 4 {
        return Some(0);
    }
    let total = u16::from_be_bytes([ip[2], ip[3]]) as u32;
    match ip[9] {
        6 => Some(unsafe { (*skb).len }),
        17 => Some(if total < 64 { total } else { 64 }),
        _ => Some(0),
    }
}

#[no_mangle]
#[link_section = "socket"]
pub extern "C" fn prog(skb: *mut __sk_buff) -> u32 {
    verdict(skb).unwrap_or(0)
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";
