//! Does not work: a call through a trait object the optimiser cannot
//! devirtualise is an indirect call, which BPF does not have.
#![no_std]

use bpf_headers::bindings::xdp_md;

pub trait Shape {
    fn area(&self) -> u32;
}
struct Square(u32);
struct Rect(u32, u32);
impl Shape for Square {
    fn area(&self) -> u32 { self.0 * self.0 }
}
impl Shape for Rect {
    fn area(&self) -> u32 { self.0 * self.1 }
}

#[inline(never)]
fn area_of(s: &dyn Shape) -> u32 {
    s.area()
}

#[no_mangle]
#[link_section = "xdp"]
pub extern "C" fn prog(ctx: *mut xdp_md) -> u32 {
    let Some(p) = testlib::xdp_bytes::<16>(ctx) else { return 0 };
    let sq = Square(p[0] as u32);
    let re = Rect(p[1] as u32, p[2] as u32);
    let shapes: [&dyn Shape; 2] = [&sq, &re];
    area_of(shapes[(p[3] & 1) as usize])
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";
