//! A typed HashMap: insert, get, remove, and get of the removed key.
#![no_std]

use aya_ebpf::{macros::{map, xdp}, maps::HashMap, programs::XdpContext};

#[map]
static FLOWS: HashMap<u32, u64> = HashMap::with_max_entries(64, 0);

/// The first 16 bytes of the packet.
fn head(ctx: &XdpContext) -> Option<[u8; 16]> {
    if ctx.data() + 16 > ctx.data_end() {
        return None;
    }
    Some(unsafe { core::ptr::read_unaligned(ctx.data() as *const [u8; 16]) })
}

#[xdp]
pub fn prog(ctx: XdpContext) -> u32 {
    let Some(p) = head(&ctx) else { return 0 };
    let a = u32::from_le_bytes([p[0], p[1], p[2], p[3]]) | 1;
    let b = a + 1;
    let value = u64::from_le_bytes([p[4], p[5], p[6], p[7], p[8], p[9], p[10], p[11]]);
    let ok = FLOWS.insert(&a, &value, 0).is_ok() as u32
        | (FLOWS.insert(&b, &(value ^ 0xff), 0).is_ok() as u32) << 1;
    let found = unsafe { FLOWS.get(&a) }.map_or(0, |v| (*v == value) as u32);
    let deleted = FLOWS.remove(&a).is_ok() as u32;
    let gone = unsafe { FLOWS.get(&a) }.is_none() as u32;
    let missing = FLOWS.remove(&a).is_err() as u32;
    ok | found << 2 | deleted << 3 | gone << 4 | missing << 5
}

#[panic_handler]
fn panic(_info: &core::panic::PanicInfo) -> ! {
    loop {}
}

#[unsafe(no_mangle)]
#[unsafe(link_section = "license")]
pub static LICENSE: [u8; 4] = *b"GPL\0";
