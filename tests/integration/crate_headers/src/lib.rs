//! proto_counter: counts IPv4 frames per protocol in a map; drops SCTP.
#![no_std]

use core::ffi::c_void;
use core::sync::atomic::{AtomicU64, Ordering};

use bpf_headers::bindings::{xdp_md, XDP_DROP, XDP_PASS};
use bpf_headers::helpers::bpf_map_lookup_elem;
use bpf_headers::maps::BPF_MAP_TYPE_ARRAY;

bpf_headers::map!(PROTOS, BPF_MAP_TYPE_ARRAY, u32, u64, 256);
bpf_headers::license!("GPL");

const ETH_P_IP: u16 = 0x0800;
const IPPROTO_SCTP: u32 = 132;

#[no_mangle]
#[link_section = "xdp"]
pub extern "C" fn proto_counter(ctx: *mut xdp_md) -> u32 {
    let (data, end) = unsafe { ((*ctx).data as usize, (*ctx).data_end as usize) };
    if data + 24 > end {
        return XDP_PASS;
    }
    let p = data as *const u8;
    if unsafe { u16::from_be_bytes([*p.add(12), *p.add(13)]) } != ETH_P_IP {
        return XDP_PASS;
    }
    let proto = unsafe { *p.add(23) } as u32;
    let slot = unsafe { bpf_map_lookup_elem(PROTOS.as_ptr(), &proto as *const u32 as *const c_void) };
    if !slot.is_null() {
        unsafe { AtomicU64::from_ptr(slot as *mut u64) }.fetch_add(1, Ordering::Relaxed);
    }
    if proto == IPPROTO_SCTP {
        XDP_DROP
    } else {
        XDP_PASS
    }
}
