//! Structs with methods, tuples, destructuring, Copy types passed by value.
#![no_std]

use bpf_headers::bindings::xdp_md;

#[derive(Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn new(x: i32, y: i32) -> Self {
        Point { x, y }
    }
    fn manhattan(self, o: Point) -> u32 {
        self.x.abs_diff(o.x) + self.y.abs_diff(o.y)
    }
    fn swap(self) -> Self {
        Point { x: self.y, y: self.x }
    }
}

fn min_max(a: u32, b: u32) -> (u32, u32) {
    if a < b { (a, b) } else { (b, a) }
}

#[no_mangle]
#[link_section = "xdp"]
pub extern "C" fn prog(ctx: *mut xdp_md) -> u32 {
    let Some(p) = testlib::xdp_bytes::<16>(ctx) else { return 0 };
    let a = Point::new(p[0] as i8 as i32, p[1] as i8 as i32);
    let b = Point::new(p[2] as i8 as i32, p[3] as i8 as i32).swap();
    let d = a.manhattan(b);
    let (lo, hi) = min_max(p[4] as u32, p[5] as u32);
    let Point { x, y } = b;
    d << 16 | lo << 8 | hi ^ (x * y) as u32
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";
