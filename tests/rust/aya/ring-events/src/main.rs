//! Streams one event per execve() through a ring buffer: reserve a
//! record, fill it, submit it.
#![no_std]
#![no_main]

use aya_ebpf::{
    helpers::{bpf_ktime_get_ns, bpf_probe_read_user_str_bytes},
    macros::{map, tracepoint},
    maps::RingBuf,
    programs::TracePointContext,
    EbpfContext,
};

#[repr(C)]
pub struct ExecEvent {
    pub pid: u32,
    pub tgid: u32,
    pub uid: u32,
    pub filename_len: u32,
    pub ktime_ns: u64,
    pub comm: [u8; 16],
    pub filename: [u8; 32],
}

/// Keeps ExecEvent in the object's BTF (a type used only inside a
/// function is not there), so loaders can print records by field.
#[unsafe(no_mangle)]
static EXEC_EVENT: ExecEvent = ExecEvent {
    pid: 0,
    tgid: 0,
    uid: 0,
    filename_len: 0,
    ktime_ns: 0,
    comm: [0; 16],
    filename: [0; 32],
};

#[map]
static EVENTS: RingBuf = RingBuf::with_byte_size(64 * 1024, 0);

#[tracepoint(category = "syscalls", name = "sys_enter_execve")]
pub fn exec_events(ctx: TracePointContext) -> u32 {
    let Some(mut entry) = EVENTS.reserve::<ExecEvent>(0) else {
        return 1;
    };
    let mut event = ExecEvent {
        pid: ctx.pid(),
        tgid: ctx.tgid(),
        uid: ctx.uid(),
        filename_len: 0,
        ktime_ns: bpf_ktime_get_ns(),
        comm: ctx.command().unwrap_or([0; 16]),
        filename: [0; 32],
    };
    let filename: Result<*const u8, i64> = unsafe { ctx.read_at(16) };
    if let Ok(p) = filename {
        if let Ok(name) = unsafe { bpf_probe_read_user_str_bytes(p, &mut event.filename) } {
            event.filename_len = name.len() as u32;
        }
    }
    entry.write(event);
    entry.submit(0);
    0
}

#[panic_handler]
fn panic(_info: &core::panic::PanicInfo) -> ! {
    loop {}
}

#[unsafe(link_section = "license")]
#[unsafe(no_mangle)]
static LICENSE: [u8; 4] = *b"GPL\0";
