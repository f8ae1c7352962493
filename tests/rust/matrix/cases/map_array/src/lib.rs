//! An array map through the bindings: lookup, then update in place and
//! with bpf_map_update_elem.
#![no_std]

use bpf_headers::bindings::xdp_md;
use bpf_headers::helpers::{bpf_map_lookup_elem, bpf_map_update_elem};
use bpf_headers::maps::BPF_MAP_TYPE_ARRAY;
use core::ffi::c_void;

bpf_headers::map!(TOTALS, BPF_MAP_TYPE_ARRAY, u32, u64, 4);

#[no_mangle]
#[link_section = "xdp"]
pub extern "C" fn prog(ctx: *mut xdp_md) -> u32 {
    let Some(p) = testlib::xdp_bytes::<16>(ctx) else { return 0 };
    let map = TOTALS.as_ptr();
    let key = (p[0] & 3) as u32;
    let slot = unsafe { bpf_map_lookup_elem(map, &key as *const u32 as *const c_void) } as *mut u64;
    if slot.is_null() {
        return 0xdead;
    }
    unsafe { *slot += p[1] as u64 + 1 };
    let other = key ^ 1;
    let value = p[2] as u64 * 1000;
    let ret = unsafe {
        bpf_map_update_elem(map, &other as *const u32 as *const c_void,
                            &value as *const u64 as *const c_void, 0)
    };
    unsafe { *slot as u32 | (ret as u32) << 24 }
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";
