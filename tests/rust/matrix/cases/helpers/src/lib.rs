//! Helpers in aya's style in a socket filter: bpf_ktime_get_ns and
//! bpf_get_current_pid_tgid without unsafe, bpf_printk! (GPL-only).
#![no_std]

use aya_ebpf::{
    bpf_printk,
    helpers::{bpf_get_current_pid_tgid, bpf_ktime_get_ns},
    macros::socket_filter,
    programs::SkBuffContext,
};

#[socket_filter]
pub fn prog(ctx: SkBuffContext) -> u32 {
    let t0 = bpf_ktime_get_ns();
    let t1 = bpf_ktime_get_ns();
    let _ = bpf_get_current_pid_tgid();
    let printed = bpf_printk!(b"rust matrix: len %u", ctx.len());
    // printed: bytes written ("rust matrix: len 64\n" is 20)
    (t1 >= t0 && t0 > 0) as u32 | (printed as u32) << 8
}

#[panic_handler]
fn panic(_info: &core::panic::PanicInfo) -> ! {
    loop {}
}

#[unsafe(no_mangle)]
#[unsafe(link_section = "license")]
pub static LICENSE: [u8; 4] = *b"GPL\0";
