//! hello: counts clone and execve system calls in a map and says so
//! through bpf_printk! (read it in /sys/kernel/tracing/trace_pipe).
//!
//!     cargo irbpf build --release -p hello
#![no_std]
#![no_main]

use core::sync::atomic::{AtomicU64, Ordering};

use aya_ebpf::{
    bpf_printk,
    macros::{map, tracepoint},
    maps::Array,
    programs::TracePointContext,
};
use events::Event;

#[map]
static COUNTS: Array<u64> = Array::with_max_entries(events::COUNT, 0);

fn count(event: Event) -> u32 {
    let Some(slot) = COUNTS.get_ptr_mut(event.key()) else { return 0 };
    let n = unsafe { AtomicU64::from_ptr(slot) }.fetch_add(1, Ordering::Relaxed) + 1;
    match event {
        Event::Clone => bpf_printk!(b"hello from Rust: clone #%llu", n),
        Event::Execve => bpf_printk!(b"hello from Rust: execve #%llu", n),
    };
    0
}

#[tracepoint(category = "syscalls", name = "sys_enter_clone")]
pub fn on_clone(_ctx: TracePointContext) -> u32 {
    count(Event::Clone)
}

#[tracepoint(category = "syscalls", name = "sys_enter_execve")]
pub fn on_execve(_ctx: TracePointContext) -> u32 {
    count(Event::Execve)
}

#[panic_handler]
fn panic(_info: &core::panic::PanicInfo) -> ! {
    loop {}
}

#[unsafe(no_mangle)]
#[unsafe(link_section = "license")]
pub static LICENSE: [u8; 4] = *b"GPL\0";
