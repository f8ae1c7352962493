//! A dependency crate: the Internet checksum (RFC 1071) of a header.
#![no_std]

/// Ones' complement sum of the 16-bit big-endian words of `words`.
#[inline]
pub fn internet_checksum<const N: usize>(bytes: &[u8; N]) -> u16 {
    let mut sum: u32 = 0;
    for pair in bytes.chunks_exact(2) {
        sum += u16::from_be_bytes([pair[0], pair[1]]) as u32;
    }
    while sum > 0xffff {
        sum = (sum & 0xffff) + (sum >> 16);
    }
    !(sum as u16)
}
