//! core::mem and core::ptr: size_of, swap, replace, take, transmute,
//! read_unaligned and write_unaligned at odd offsets.
#![no_std]

use bpf_headers::bindings::xdp_md;
use core::{mem, ptr};

#[repr(C, packed)]
struct Packed {
    tag: u8,
    value: u32,
    more: u16,
}

#[no_mangle]
#[link_section = "xdp"]
pub extern "C" fn prog(ctx: *mut xdp_md) -> u32 {
    let Some(p) = testlib::xdp_bytes::<16>(ctx) else { return 0 };
    let rec: Packed = unsafe { ptr::read_unaligned(p.as_ptr().add(1) as *const Packed) };
    let mut a = rec.value;
    let mut b = rec.more as u32;
    mem::swap(&mut a, &mut b);
    let old = mem::replace(&mut a, 7);
    let mut opt = Some(rec.tag);
    let taken = mem::take(&mut opt).unwrap_or(0) as u32 + opt.is_none() as u32;
    #[allow(unnecessary_transmutes)]
    let word: u32 = unsafe { mem::transmute([p[8], p[9], p[10], p[11]]) };
    let mut out = [0u8; 8];
    unsafe { ptr::write_unaligned(out.as_mut_ptr().add(3) as *mut u32, word) };
    let sizes = (mem::size_of::<Packed>() + mem::align_of::<u64>() * 16) as u32;
    a ^ b ^ old << 8 ^ taken << 16 ^ out[4] as u32 ^ sizes << 24
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";
