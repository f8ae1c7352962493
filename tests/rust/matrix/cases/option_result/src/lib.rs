//! Option and Result with `?`, a custom error enum, combinators.
#![no_std]

use bpf_headers::bindings::xdp_md;

#[derive(Debug, Clone, Copy, PartialEq)]
enum ParseError {
    TooShort,
    BadVersion(u8),
    Zero,
}

impl ParseError {
    fn code(self) -> u32 {
        match self {
            ParseError::TooShort => 0xe1,
            ParseError::BadVersion(v) => 0xe200 | v as u32,
            ParseError::Zero => 0xe3,
        }
    }
}

fn version(p: &[u8; 16]) -> Result<u8, ParseError> {
    match p[0] >> 4 {
        4 => Ok(4),
        v => Err(ParseError::BadVersion(v)),
    }
}

fn length(p: &[u8; 16]) -> Result<u32, ParseError> {
    let n = p[1] as u32;
    if n < 5 { Err(ParseError::TooShort) } else { Ok(n) }
}

fn nonzero(x: u32) -> Option<u32> {
    if x == 0 { None } else { Some(x) }
}

fn parse(p: &[u8; 16]) -> Result<u32, ParseError> {
    let v = version(p)?;
    let n = length(p)?;
    let k = nonzero(p[2] as u32).ok_or(ParseError::Zero)?;
    Ok((v as u32) << 16 | n * k)
}

#[no_mangle]
#[link_section = "xdp"]
pub extern "C" fn prog(ctx: *mut xdp_md) -> u32 {
    let Some(p) = testlib::xdp_bytes::<16>(ctx) else { return 0 };
    let extra = nonzero(p[3] as u32).map(|x| x * 2).and_then(|x| x.checked_sub(4)).unwrap_or(1);
    match parse(&p) {
        Ok(v) => v + extra,
        Err(e) => e.code(),
    }
}

#[no_mangle]
#[link_section = "license"]
pub static LICENSE: [u8; 4] = *b"GPL\0";
