//! IPv4 parsing in a socket filter through SkBuffContext::load
//! (bpf_skb_load_bytes): keep the whole packet for TCP, the first 64
//! bytes for UDP, drop the rest. A socket filter's data starts at the
//! network header; the Ethernet type is in skb->protocol.
#![no_std]

use aya_ebpf::{
    macros::socket_filter,
    net::{eth::EtherType, ip::{IpProto, Ipv4Hdr}},
    programs::SkBuffContext,
};

fn verdict(ctx: &SkBuffContext) -> Option<u32> {
    if (ctx.protocol() as u16).to_ne_bytes() != EtherType::Ipv4.0 {
        return Some(0);
    }
    let ip: Ipv4Hdr = ctx.load(0).ok()?;
    if ip.version() != 4 {
        return Some(0);
    }
    let total = u16::from_be(ip.tot_len) as u32;
    match ip.proto {
        IpProto::Tcp => Some(ctx.len()),
        IpProto::Udp => Some(if total < 64 { total } else { 64 }),
        _ => Some(0),
    }
}

#[socket_filter]
pub fn prog(ctx: SkBuffContext) -> u32 {
    verdict(&ctx).unwrap_or(0)
}

#[panic_handler]
fn panic(_info: &core::panic::PanicInfo) -> ! {
    loop {}
}

#[unsafe(no_mangle)]
#[unsafe(link_section = "license")]
pub static LICENSE: [u8; 4] = *b"GPL\0";
