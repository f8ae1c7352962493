//! A tc classifier: IPv4 packets to a destination in the BLOCKED_NETS
//! trie are shot, everything else passes; drops are counted per
//! destination.
#![no_std]
#![no_main]

use aya_ebpf::{
    bindings::{TC_ACT_OK, TC_ACT_SHOT},
    macros::{classifier, map},
    maps::{lpm_trie::Key, HashMap, LpmTrie},
    programs::TcContext,
};
use network_types::{
    eth::{EthHdr, EtherType},
    ip::{IpProto, Ipv4Hdr},
};

/// Blocked destination prefixes (addresses in network byte order).
#[map]
static BLOCKED_NETS: LpmTrie<u32, u32> = LpmTrie::with_max_entries(64, 0);

/// Packets shot, per destination address (host byte order).
#[map]
static DROPS: HashMap<u32, u64> = HashMap::with_max_entries(256, 0);

#[classifier]
pub fn tc_filter(ctx: TcContext) -> i32 {
    match try_tc_filter(&ctx) {
        Ok(action) => action,
        Err(_) => TC_ACT_OK,
    }
}

fn try_tc_filter(ctx: &TcContext) -> Result<i32, i64> {
    let eth: EthHdr = ctx.load(0)?;
    if eth.ether_type != EtherType::Ipv4 {
        return Ok(TC_ACT_OK);
    }
    let ip: Ipv4Hdr = ctx.load(EthHdr::LEN)?;
    if ip.proto == IpProto::Icmp {
        return Ok(TC_ACT_OK);
    }
    let dst = ip.dst_addr;
    if BLOCKED_NETS.get(&Key::new(32, dst)).is_none() {
        return Ok(TC_ACT_OK);
    }
    let host = u32::from_be(dst);
    match DROPS.get_ptr_mut(&host) {
        Some(n) => unsafe { *n += 1 },
        None => DROPS.insert(&host, &1, 0)?,
    }
    Ok(TC_ACT_SHOT)
}

#[panic_handler]
fn panic(_info: &core::panic::PanicInfo) -> ! {
    loop {}
}

#[unsafe(link_section = "license")]
#[unsafe(no_mangle)]
static LICENSE: [u8; 4] = *b"GPL\0";
