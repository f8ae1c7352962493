//! hello: counts clone and execve system calls in a map and says so
//! through bpf_trace_printk (read it in /sys/kernel/tracing/trace_pipe).
//!
//!     cargo irbpf build --release -p hello
#![no_std]

use core::ffi::{c_char, c_void};
use core::sync::atomic::{AtomicU64, Ordering};

use bpf_headers::helpers::{bpf_map_lookup_elem, bpf_trace_printk};
use bpf_headers::maps::BPF_MAP_TYPE_ARRAY;
use events::Event;

bpf_headers::map!(COUNTS, BPF_MAP_TYPE_ARRAY, u32, u64, events::COUNT);

fn count(event: Event) -> u32 {
    let key = event.key();
    let slot = unsafe {
        bpf_map_lookup_elem(COUNTS.as_ptr(),
                            &key as *const u32 as *const c_void)
    };
    if slot.is_null() {
        return 0;
    }
    let counter = unsafe { AtomicU64::from_ptr(slot as *mut u64) };
    let n = counter.fetch_add(1, Ordering::Relaxed) + 1;
    let fmt = event.message();
    unsafe { bpf_trace_printk(fmt.as_ptr() as *const c_char, fmt.len() as u32, n, 0u64, 0u64) };
    0
}

#[no_mangle]
#[link_section = "tracepoint/syscalls/sys_enter_clone"]
pub extern "C" fn on_clone(_ctx: *mut c_void) -> u32 {
    count(Event::Clone)
}

#[no_mangle]
#[link_section = "tracepoint/syscalls/sys_enter_execve"]
pub extern "C" fn on_execve(_ctx: *mut c_void) -> u32 {
    count(Event::Execve)
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";
