//! Generic functions with trait bounds, default methods, associated
//! constants and types: all statically dispatched.
#![no_std]

use bpf_headers::bindings::xdp_md;

trait Codec {
    const TAG: u32;
    type Word: Copy + Into<u32>;
    fn decode(b: &[u8; 16], at: usize) -> Self::Word;
    fn scaled(b: &[u8; 16], at: usize) -> u32 {
        Self::decode(b, at).into() * Self::TAG
    }
}

struct Byte;
struct BigEndian16;

impl Codec for Byte {
    const TAG: u32 = 3;
    type Word = u8;
    fn decode(b: &[u8; 16], at: usize) -> u8 {
        b[at & 15]
    }
}

impl Codec for BigEndian16 {
    const TAG: u32 = 5;
    type Word = u16;
    fn decode(b: &[u8; 16], at: usize) -> u16 {
        u16::from_be_bytes([b[at & 7], b[(at & 7) + 1]])
    }
    fn scaled(b: &[u8; 16], at: usize) -> u32 {
        Self::decode(b, at) as u32 + Self::TAG
    }
}

fn total<C: Codec>(b: &[u8; 16]) -> u32 {
    C::scaled(b, 0) + C::scaled(b, 2)
}

fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T {
    let mut m = xs[0];
    for &x in xs {
        if x > m {
            m = x;
        }
    }
    m
}

#[no_mangle]
#[link_section = "xdp"]
pub extern "C" fn prog(ctx: *mut xdp_md) -> u32 {
    let Some(p) = testlib::xdp_bytes::<16>(ctx) else { return 0 };
    let words = [p[8] as i16 - 128, p[9] as i16 - 128, p[10] as i16 - 128];
    total::<Byte>(&p) ^ total::<BigEndian16>(&p) << 12 ^ (largest(&words) as i32 as u32) << 24
        ^ largest(&p[4..8]) as u32
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";
