//! Tables computed at compile time by const fn (a CRC-8 table) and
//! static lookup tables indexed by packet bytes.
#![no_std]

use bpf_headers::bindings::xdp_md;

const fn crc8_table(poly: u8) -> [u8; 256] {
    let mut table = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u8;
        let mut bit = 0;
        while bit < 8 {
            c = if c & 0x80 != 0 { (c << 1) ^ poly } else { c << 1 };
            bit += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
}

static CRC8: [u8; 256] = crc8_table(0x07);
const HEX: [u8; 16] = *b"0123456789abcdef";
const PRIMES: [u32; 8] = [2, 3, 5, 7, 11, 13, 17, 19];

#[no_mangle]
#[link_section = "xdp"]
pub extern "C" fn prog(ctx: *mut xdp_md) -> u32 {
    let Some(p) = testlib::xdp_bytes::<16>(ctx) else { return 0 };
    let mut crc = 0u8;
    for &b in &p[..8] {
        crc = CRC8[(crc ^ b) as usize];
    }
    let hex = HEX[(p[8] >> 4) as usize] as u32;
    let prime = PRIMES[(p[9] & 7) as usize];
    crc as u32 | hex << 8 | prime << 16
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";
