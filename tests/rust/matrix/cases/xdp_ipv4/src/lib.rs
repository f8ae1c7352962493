//! Ethernet + IPv4 + UDP header parsing in XDP with direct packet access:
//! drop UDP to port 53 from 10.0.0.0/8, pass everything else.
#![no_std]

use bpf_headers::bindings::xdp_md;
use core::ptr::read_unaligned;

const XDP_DROP: u32 = 1;
const XDP_PASS: u32 = 2;
const ETH_P_IP: u16 = 0x0800;
const IPPROTO_UDP: u8 = 17;

#[repr(C)]
struct EthHdr {
    dst: [u8; 6],
    src: [u8; 6],
    proto: [u8; 2],
}

#[repr(C)]
struct Ipv4Hdr {
    ver_ihl: u8,
    tos: u8,
    tot_len: [u8; 2],
    id: [u8; 2],
    frag: [u8; 2],
    ttl: u8,
    proto: u8,
    check: [u8; 2],
    saddr: [u8; 4],
    daddr: [u8; 4],
}

/// A header of type T at `off`, if the packet holds it.
#[inline(always)]
fn header<T>(start: usize, end: usize, off: usize) -> Option<T> {
    if start + off + core::mem::size_of::<T>() > end {
        return None;
    }
    Some(unsafe { read_unaligned((start + off) as *const T) })
}

fn classify(start: usize, end: usize) -> Option<u32> {
    let eth: EthHdr = header(start, end, 0)?;
    if u16::from_be_bytes(eth.proto) != ETH_P_IP {
        return Some(XDP_PASS);
    }
    let ip: Ipv4Hdr = header(start, end, 14)?;
    if ip.ver_ihl != 0x45 || ip.proto != IPPROTO_UDP || ip.saddr[0] != 10 {
        return Some(XDP_PASS);
    }
    let ports: [u8; 4] = header(start, end, 34)?;
    let dport = u16::from_be_bytes([ports[2], ports[3]]);
    Some(if dport == 53 { XDP_DROP } else { XDP_PASS })
}

#[no_mangle]
#[link_section = "xdp"]
pub extern "C" fn prog(ctx: *mut xdp_md) -> u32 {
    let ctx = unsafe { &*ctx };
    classify(ctx.data as usize, ctx.data_end as usize).unwrap_or(XDP_DROP)
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";
