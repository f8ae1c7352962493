//! Does not build: the value stored in a HashMap<u32, u64> is a u8.
#![no_std]
#![no_main]

use aya_ebpf::{macros::{map, xdp}, maps::HashMap, programs::XdpContext};

#[map]
static COUNTS: HashMap<u32, u64> = HashMap::with_max_entries(16, 0);

#[xdp]
pub fn count(_ctx: XdpContext) -> u32 {
    let k = 0u32;
    let _ = COUNTS.insert(&k, &1u8, 0);
    2
}

#[panic_handler]
fn panic(_info: &core::panic::PanicInfo) -> ! {
    loop {}
}

#[unsafe(link_section = "license")]
#[unsafe(no_mangle)]
static LICENSE: [u8; 4] = *b"GPL\0";
