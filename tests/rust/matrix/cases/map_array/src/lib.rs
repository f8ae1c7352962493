//! A typed Array: get_ptr_mut and update in place, then set.
#![no_std]

use aya_ebpf::{macros::{map, xdp}, maps::Array, programs::XdpContext};

#[map]
static TOTALS: Array<u64> = Array::with_max_entries(4, 0);

#[xdp]
pub fn prog(ctx: XdpContext) -> u32 {
    if ctx.data() + 16 > ctx.data_end() {
        return 0;
    }
    let p = unsafe { core::ptr::read_unaligned(ctx.data() as *const [u8; 16]) };
    let key = (p[0] & 3) as u32;
    let Some(slot) = TOTALS.get_ptr_mut(key) else { return 0xdead };
    unsafe { *slot += p[1] as u64 + 1 };
    let ret = match TOTALS.set(key ^ 1, &(p[2] as u64 * 1000), 0) {
        Ok(()) => 0,
        Err(e) => e,
    };
    unsafe { *slot as u32 | (ret as u32) << 24 }
}

#[panic_handler]
fn panic(_info: &core::panic::PanicInfo) -> ! {
    loop {}
}

#[unsafe(no_mangle)]
#[unsafe(link_section = "license")]
pub static LICENSE: [u8; 4] = *b"GPL\0";
