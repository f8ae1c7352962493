//! Every integer width, signed and unsigned: add, sub, mul, div, rem,
//! casts with sign and zero extension.
#![no_std]

use bpf_headers::bindings::xdp_md;

#[no_mangle]
#[link_section = "xdp"]
pub extern "C" fn prog(ctx: *mut xdp_md) -> u32 {
    let Some(p) = testlib::xdp_bytes::<16>(ctx) else { return 0 };
    let a8 = p[0];
    let b8 = p[1] | 1;
    let a16 = u16::from_le_bytes([p[2], p[3]]);
    let b16 = u16::from_le_bytes([p[4], p[5]]) | 1;
    let a32 = testlib::le32(&p, 6);
    let s8 = p[10] as i8;
    let s16 = i16::from_le_bytes([p[11], p[12]]);
    let s32 = testlib::le32(&p, 12) as i32;
    let r8 = a8.wrapping_mul(3).wrapping_add(a8 / b8) ^ (a8 % b8);
    let r16 = a16.wrapping_sub(b16) ^ (a16 / b16) ^ (a16 % b16).wrapping_mul(7);
    let r32 = a32.wrapping_mul(a32) ^ (a32 / 7) ^ (a32 % 1000);
    let q8 = if s8 == i8::MIN { 0 } else { s8 / -3 } as i32;
    let q16 = (s16 % 11) as i32;
    let q32 = if s32 == i32::MIN { 0 } else { s32 / -5 };
    let wide = (s8 as i64) * (s16 as i64) * (s32 as i64);
    let sum = r8 as u32 ^ (r16 as u32) << 8 ^ r32 ^ q8 as u32 ^ (q16 as u32) << 4 ^ q32 as u32;
    sum ^ testlib::fold(wide as u64)
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";
