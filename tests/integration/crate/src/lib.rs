//! rust_filter: passes every frame except IPv4 SCTP, which it drops.
#![no_std]

#[repr(C)]
pub struct XdpMd {
    pub data: u32,
    pub data_end: u32,
    pub data_meta: u32,
    pub ingress_ifindex: u32,
    pub rx_queue_index: u32,
    pub egress_ifindex: u32,
}

const XDP_DROP: u32 = 1;
const XDP_PASS: u32 = 2;
const ETH_P_IP: u16 = 0x0800;
const IPPROTO_SCTP: u8 = 132;

#[no_mangle]
#[link_section = "xdp"]
pub extern "C" fn rust_filter(ctx: *const XdpMd) -> u32 {
    let (data, end) = unsafe { ((*ctx).data as usize, (*ctx).data_end as usize) };
    // Ethernet header (14 bytes) and the IPv4 header up to the protocol.
    if data + 24 > end {
        return XDP_PASS;
    }
    let p = data as *const u8;
    let ethertype = unsafe { u16::from_be_bytes([*p.add(12), *p.add(13)]) };
    if ethertype == ETH_P_IP && unsafe { *p.add(23) } == IPPROTO_SCTP {
        XDP_DROP
    } else {
        XDP_PASS
    }
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";

#[panic_handler]
fn panic(_info: &core::panic::PanicInfo) -> ! {
    loop {}
}
