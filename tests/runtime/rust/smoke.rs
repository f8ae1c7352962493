//! bpf-headers from stable Rust: helpers by name (one variadic), a copy of
//! a length only known at run time, maps declared with the crate's macros.
#![no_std]

use core::ffi::c_char;

use bpf_headers::bindings::__sk_buff;
use bpf_headers::helpers::{bpf_ktime_get_ns, bpf_skb_load_bytes, bpf_trace_printk};
use bpf_headers::maps::{BPF_ANY, BPF_MAP_TYPE_ARRAY, BPF_MAP_TYPE_HASH};

bpf_headers::map!(RUNS, BPF_MAP_TYPE_ARRAY, u32, u64, 1);
bpf_headers::map_section!(LENGTHS, BPF_MAP_TYPE_HASH, u32, u32, 8);
bpf_headers::map!(PRINTED, BPF_MAP_TYPE_ARRAY, u32, i64, 1);
bpf_headers::license!("GPL");

/// Sums `buf[1..=n]` where n = buf[0] % 32, after copying them to a buffer
/// of their own with a copy whose length is only known at run time.
#[no_mangle]
#[link_section = "socket"]
pub extern "C" fn rust_smoke(skb: *mut __sk_buff) -> u32 {
    let mut buf = [0u8; 40];
    let mut out = [0u8; 32];

    if unsafe { bpf_skb_load_bytes(skb as *const _, 0, buf.as_mut_ptr().cast(), 40) } != 0 {
        return 1;
    }
    let n = (buf[0] % 32) as usize;
    out[..n].copy_from_slice(&buf[1..n + 1]);
    let sum: u32 = out.iter().map(|&b| b as u32).sum();

    unsafe {
        let runs: *mut u64 = RUNS.lookup(&0u32);
        if !runs.is_null() {
            *runs += 1;
        }
        LENGTHS.update(&(n as u32), &sum, BPF_ANY);
        let fmt = b"irbpf rust smoke: n %u sum %u\0";
        let printed = bpf_trace_printk(fmt.as_ptr() as *const c_char, fmt.len() as u32,
                                       n as u32, sum);
        PRINTED.update(&0u32, &printed, BPF_ANY);
    }
    let t0 = unsafe { bpf_ktime_get_ns() };
    let t1 = unsafe { bpf_ktime_get_ns() };
    sum * 2 + (t1 >= t0 && t0 > 0) as u32
}
