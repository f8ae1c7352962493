//! An index the optimiser cannot prove in bounds: its panic path survives.
#![no_std]

use bpf_headers::bindings::__sk_buff;
use bpf_headers::helpers::bpf_skb_load_bytes;

bpf_headers::license!("GPL");

#[no_mangle]
#[link_section = "socket"]
pub extern "C" fn rust_panics(skb: *mut __sk_buff) -> u32 {
    let mut buf = [0u8; 8];
    let table = [3u32, 1, 4, 1, 5, 9, 2, 6];

    if unsafe { bpf_skb_load_bytes(skb as *const _, 0, buf.as_mut_ptr().cast(), 8) } != 0 {
        return 0;
    }
    table[buf[0] as usize]
}
