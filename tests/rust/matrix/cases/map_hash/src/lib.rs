//! A hash map through the bindings: update, lookup, delete, and lookup
//! of the deleted key.
#![no_std]

use bpf_headers::bindings::xdp_md;
use bpf_headers::helpers::{bpf_map_delete_elem, bpf_map_lookup_elem, bpf_map_update_elem};
use bpf_headers::maps::BPF_MAP_TYPE_HASH;
use core::ffi::c_void;

bpf_headers::map!(FLOWS, BPF_MAP_TYPE_HASH, u32, u64, 64);

fn put(key: u32, value: u64) -> i64 {
    unsafe {
        bpf_map_update_elem(FLOWS.as_ptr(),
                            &key as *const u32 as *const c_void,
                            &value as *const u64 as *const c_void, 0)
    }
}

fn get(key: u32) -> Option<u64> {
    let v = unsafe {
        bpf_map_lookup_elem(FLOWS.as_ptr(),
                            &key as *const u32 as *const c_void)
    } as *const u64;
    if v.is_null() { None } else { Some(unsafe { *v }) }
}

fn del(key: u32) -> i64 {
    unsafe {
        bpf_map_delete_elem(FLOWS.as_ptr(),
                            &key as *const u32 as *const c_void)
    }
}

#[no_mangle]
#[link_section = "xdp"]
pub extern "C" fn prog(ctx: *mut xdp_md) -> u32 {
    let Some(p) = testlib::xdp_bytes::<16>(ctx) else { return 0 };
    let a = testlib::le32(&p, 0) | 1;
    let b = a + 1;
    let value = testlib::le64(&p, 4);
    let ok = (put(a, value) == 0) as u32 | ((put(b, value ^ 0xff) == 0) as u32) << 1;
    let found = get(a).map_or(0, |v| (v == value) as u32);
    let deleted = (del(a) == 0) as u32;
    let gone = get(a).is_none() as u32;
    let missing = (del(a) != 0) as u32;
    ok | found << 2 | deleted << 3 | gone << 4 | missing << 5
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";
