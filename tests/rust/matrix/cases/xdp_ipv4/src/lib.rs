//! Ethernet + IPv4 + UDP header parsing in XDP with bounds-checked
//! packet pointers: drop UDP to port 53 from 10.0.0.0/8, pass the rest.
#![no_std]

use aya_ebpf::{
    bindings::xdp_action,
    macros::xdp,
    net::{
        eth::{EthHdr, EtherType},
        ip::{IpProto, Ipv4Hdr},
        ptr_at,
        udp::UdpHdr,
    },
    programs::XdpContext,
};

fn classify(ctx: &XdpContext) -> Result<u32, ()> {
    let eth: *const EthHdr = ptr_at(ctx, 0)?;
    if unsafe { (*eth).ether_type } != EtherType::Ipv4 {
        return Ok(xdp_action::XDP_PASS);
    }
    let ip: *const Ipv4Hdr = ptr_at(ctx, EthHdr::LEN)?;
    let (vihl, proto, src) = unsafe { ((*ip).vihl, (*ip).proto, (*ip).src_addr) };
    if vihl != 0x45 || proto != IpProto::Udp || src.to_ne_bytes()[0] != 10 {
        return Ok(xdp_action::XDP_PASS);
    }
    let udp: *const UdpHdr = ptr_at(ctx, EthHdr::LEN + Ipv4Hdr::LEN)?;
    let dport = u16::from_be(unsafe { (*udp).dest });
    Ok(if dport == 53 { xdp_action::XDP_DROP } else { xdp_action::XDP_PASS })
}

#[xdp]
pub fn prog(ctx: XdpContext) -> u32 {
    classify(&ctx).unwrap_or(xdp_action::XDP_DROP)
}

#[panic_handler]
fn panic(_info: &core::panic::PanicInfo) -> ! {
    loop {}
}

#[unsafe(no_mangle)]
#[unsafe(link_section = "license")]
pub static LICENSE: [u8; 4] = *b"GPL\0";
