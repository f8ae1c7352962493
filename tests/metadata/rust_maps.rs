// A no_std Rust program as stable rustc builds it for the host: an
// annotated map (#[link_section = "maps"]), a licence, enums with data,
// generics, char and (), fields Rust reorders. prog returns 3 * 4 and adds
// it to COUNTS[1].
#![no_std]
use core::panic::PanicInfo;
#[panic_handler]
fn panic(_: &PanicInfo) -> ! { loop {} }

#[repr(C)]
pub struct MapDef { pub ty: u32, pub key_size: u32, pub value_size: u32, pub max_entries: u32, pub flags: u32 }

#[no_mangle]
#[link_section = "maps"]
pub static COUNTS: MapDef = MapDef { ty: 2, key_size: 4, value_size: 8, max_entries: 4, flags: 0 };

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";

pub enum Shape { Circle(u32), Rect { w: u16, h: u16 }, Empty }

pub struct Wrapper<T> { pub inner: T, pub tag: char, pub unit: () }

#[inline(never)]
fn area(s: &Shape) -> u32 {
    match s { Shape::Circle(r) => r * r * 3, Shape::Rect { w, h } => (*w as u32) * (*h as u32), Shape::Empty => 0 }
}

#[inline(never)]
fn unwrap_tagged(w: &Wrapper<u32>) -> u32 { if w.tag == 'x' { w.inner } else { 0 } }

static mut LAST: Option<u32> = None;

type LookupFn = unsafe extern "C" fn(map: *const MapDef, key: *const u32) -> *mut u64;

#[no_mangle]
#[link_section = "socket"]
pub extern "C" fn prog(ctx: *const u8) -> u32 {
    let lookup: LookupFn = unsafe { core::mem::transmute(1usize) };
    let s = if ctx.is_null() { Shape::Empty } else { Shape::Rect { w: 3, h: 4 } };
    let w = Wrapper { inner: area(&s), tag: if ctx.is_null() { 'y' } else { 'x' }, unit: () };
    let r = unwrap_tagged(&w);
    unsafe {
        LAST = Some(r);
        let key = 1u32;
        let v = lookup(&COUNTS, &key);
        if !v.is_null() { *v += r as u64; }
    }
    r
}
