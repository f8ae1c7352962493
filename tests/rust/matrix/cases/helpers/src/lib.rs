//! Helper calls from Rust: bpf_ktime_get_ns, bpf_get_current_pid_tgid and
//! bpf_trace_printk (GPL-only) in a socket filter.
#![no_std]

use bpf_headers::bindings::__sk_buff;
use core::ffi::c_char;
use bpf_headers::helpers::{bpf_get_current_pid_tgid, bpf_ktime_get_ns, bpf_trace_printk};

#[no_mangle]
#[link_section = "socket"]
pub extern "C" fn prog(skb: *mut __sk_buff) -> u32 {
    let t0 = unsafe { bpf_ktime_get_ns() };
    let t1 = unsafe { bpf_ktime_get_ns() };
    let _ = unsafe { bpf_get_current_pid_tgid() };
    let len = unsafe { (*skb).len };
    let fmt = b"rust matrix: len %u\0";
    let printed = unsafe { bpf_trace_printk(fmt.as_ptr() as *const c_char, fmt.len() as u32, len as u64, 0u64, 0u64) };
    // printed: bytes written ("rust matrix: len 64\n" is 20)
    (t1 >= t0 && t0 > 0) as u32 | (printed as u32) << 8
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";
