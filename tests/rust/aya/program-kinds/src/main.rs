//! One program of each remaining attribute, with the contexts, a perf
//! event array and a tail call: every program must load, and those
//! BPF_PROG_TEST_RUN can run return what they compute.
#![no_std]
#![no_main]

use aya_ebpf::{
    bindings::TC_ACT_OK,
    helpers::bpf_probe_read_kernel,
    macros::{cgroup_skb, kprobe, kretprobe, map, perf_event, raw_tracepoint, socket_filter,
             uprobe},
    maps::{PerfEventArray, ProgramArray},
    programs::{PerfEventContext, ProbeContext, RawTracePointContext, RetProbeContext,
               SkBuffContext},
    EbpfContext,
};

#[repr(C)]
pub struct Sample {
    pub pid: u32,
    pub arg: u32,
}

#[map]
static SAMPLES: PerfEventArray<Sample> = PerfEventArray::new(0);

#[map]
static JUMPS: ProgramArray = ProgramArray::with_max_entries(4, 0);

#[kprobe(function = "vfs_read")]
pub fn on_vfs_read(ctx: ProbeContext) -> u32 {
    let count: u64 = ctx.arg(2).unwrap_or(0);
    SAMPLES.output(&ctx, &Sample { pid: ctx.pid(), arg: count as u32 }, 0);
    0
}

#[kretprobe(function = "vfs_read")]
pub fn on_vfs_read_ret(ctx: RetProbeContext) -> u32 {
    let ret: i64 = ctx.ret().unwrap_or(0);
    (ret > 0) as u32
}

#[uprobe]
pub fn on_uprobe(ctx: ProbeContext) -> u32 {
    let p: *const u64 = ctx.arg(0).unwrap_or(core::ptr::null());
    unsafe { bpf_probe_read_kernel(p) }.map(|v| v as u32).unwrap_or(0)
}

/// Returns the sum of the first two tracepoint arguments (test run
/// passes them), after trying a tail call into an empty slot.
#[raw_tracepoint(tracepoint = "sys_enter")]
pub fn on_sys_enter(ctx: RawTracePointContext) -> i32 {
    let _ = unsafe { JUMPS.tail_call(&ctx, 0) };
    let a: u64 = unsafe { ctx.arg(0) };
    let b: u64 = unsafe { ctx.arg(1) };
    (a + b) as i32
}

/// Keeps the first 8 bytes of a packet whose first byte is 0x45.
#[socket_filter]
pub fn keep_ipv4(ctx: SkBuffContext) -> i64 {
    match ctx.load::<u8>(0) {
        Ok(0x45) => 8,
        _ => 0,
    }
}

#[cgroup_skb(ingress)]
pub fn allow_all(ctx: SkBuffContext) -> i32 {
    (ctx.len() > 0 || TC_ACT_OK == 0) as i32
}

#[perf_event]
pub fn on_sample(ctx: PerfEventContext) -> u32 {
    (ctx.tgid() != 0) as u32
}

#[panic_handler]
fn panic(_info: &core::panic::PanicInfo) -> ! {
    loop {}
}

#[unsafe(link_section = "license")]
#[unsafe(no_mangle)]
static LICENSE: [u8; 4] = *b"GPL\0";
