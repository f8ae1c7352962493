//! Enums with data, match with guards and ranges, a repr(u8) enum from
//! a byte.
#![no_std]

use bpf_headers::bindings::xdp_md;

#[derive(Clone, Copy)]
#[repr(u8)]
enum Op {
    Add = 1,
    Sub = 2,
    Mul = 3,
}

impl Op {
    fn from_byte(b: u8) -> Option<Op> {
        match b {
            1 => Some(Op::Add),
            2 => Some(Op::Sub),
            3 => Some(Op::Mul),
            _ => None,
        }
    }
}

enum Value {
    Small(u8),
    Pair(u16, u16),
    Big { hi: u32, lo: u32 },
}

fn weight(v: &Value) -> u32 {
    match *v {
        Value::Small(n) if n > 200 => 1000,
        Value::Small(n) => n as u32,
        Value::Pair(a, b) => a as u32 + b as u32,
        Value::Big { hi, lo: 0..=9 } => hi,
        Value::Big { hi, lo } => hi ^ lo,
    }
}

#[no_mangle]
#[link_section = "xdp"]
pub extern "C" fn prog(ctx: *mut xdp_md) -> u32 {
    let Some(p) = testlib::xdp_bytes::<16>(ctx) else { return 0 };
    let v = match p[0] % 3 {
        0 => Value::Small(p[1]),
        1 => Value::Pair(p[1] as u16 * 256, p[2] as u16),
        _ => Value::Big { hi: testlib::le32(&p, 4), lo: p[8] as u32 },
    };
    let w = weight(&v);
    let r = match Op::from_byte(p[3]) {
        Some(Op::Add) => w.wrapping_add(7),
        Some(Op::Sub) => w.wrapping_sub(7),
        Some(Op::Mul) => w.wrapping_mul(7),
        None => w,
    };
    r ^ (Op::Mul as u32) << 28
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";
