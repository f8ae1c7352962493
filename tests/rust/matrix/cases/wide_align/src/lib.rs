//! Host-layout details: u128 addition, shifts and comparison (lowered to
//! 64-bit instructions), and a #[repr(align(16))] struct on the stack
//! (x86-64 aligns i128 to 16 bytes, BPF's stack slots are 8).
#![no_std]

use bpf_headers::bindings::xdp_md;

#[repr(C, align(16))]
struct Aligned {
    lo: u64,
    hi: u64,
}

#[inline(never)]
fn mix(a: &Aligned) -> u64 {
    a.lo.rotate_left(13) ^ a.hi
}

#[no_mangle]
#[link_section = "xdp"]
pub extern "C" fn prog(ctx: *mut xdp_md) -> u32 {
    let Some(p) = testlib::xdp_bytes::<16>(ctx) else { return 0 };
    let a = testlib::le64(&p, 0);
    let b = testlib::le64(&p, 8);
    let wide = ((a as u128) << 40) + (b as u128) + (a as u128 >> 3);
    let bigger = (wide > (b as u128) << 64) as u64;
    let v = Aligned { lo: wide as u64, hi: (wide >> 64) as u64 ^ bigger };
    let addr_ok = (&v as *const Aligned as usize) % 16 == 0;
    testlib::fold(mix(&v)) ^ (addr_ok as u32) << 31
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";
