//! A tc classifier: TC_ACT_SHOT for IPv4 with TTL 0 or 1, TC_ACT_OK
//! otherwise; the skb's length read from the context, headers with load.
#![no_std]

use aya_ebpf::{
    bindings::{TC_ACT_OK, TC_ACT_SHOT},
    macros::classifier,
    net::{eth::{EthHdr, EtherType}, ip::Ipv4Hdr},
    programs::TcContext,
};

#[classifier]
pub fn prog(ctx: TcContext) -> i32 {
    let Ok(eth) = ctx.load::<EthHdr>(0) else { return TC_ACT_OK };
    if eth.ether_type != EtherType::Ipv4 || ctx.len() < 34 {
        return TC_ACT_OK;
    }
    let Ok(ip) = ctx.load::<Ipv4Hdr>(EthHdr::LEN) else { return TC_ACT_OK };
    match ip.ttl {
        0 | 1 => TC_ACT_SHOT,
        ttl => (ttl as i32) << 8 | TC_ACT_OK,
    }
}

#[panic_handler]
fn panic(_info: &core::panic::PanicInfo) -> ! {
    loop {}
}

#[unsafe(no_mangle)]
#[unsafe(link_section = "license")]
pub static LICENSE: [u8; 4] = *b"GPL\0";
