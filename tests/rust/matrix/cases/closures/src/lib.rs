//! Closures: capturing by reference and by move, mutable state, passed
//! to generic functions and returned as impl Fn.
#![no_std]

use bpf_headers::bindings::xdp_md;

fn apply_n<F: FnMut(u32) -> u32>(mut f: F, x: u32, n: usize) -> u32 {
    let mut v = x;
    for _ in 0..n {
        v = f(v);
    }
    v
}

fn adder(k: u32) -> impl Fn(u32) -> u32 {
    move |x| x.wrapping_add(k)
}

fn compose<A, B>(f: A, g: B) -> impl Fn(u32) -> u32
where
    A: Fn(u32) -> u32,
    B: Fn(u32) -> u32,
{
    move |x| g(f(x))
}

#[no_mangle]
#[link_section = "xdp"]
pub extern "C" fn prog(ctx: *mut xdp_md) -> u32 {
    let Some(p) = testlib::xdp_bytes::<16>(ctx) else { return 0 };
    let scale = p[0] as u32;
    let mut calls = 0u32;
    let r = apply_n(|v| { calls += 1; v.wrapping_mul(scale) ^ 0x55 }, p[1] as u32, 4);
    let f = compose(adder(p[2] as u32), |x| x * 3);
    r ^ f(p[3] as u32) << 20 ^ calls << 28
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";
