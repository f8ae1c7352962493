//! The kernel's fixed-width integer types, under the names the helper
//! signatures and `linux/bpf.h` use.
#![allow(non_camel_case_types)]

pub type __u8 = u8;
pub type __u16 = u16;
pub type __u32 = u32;
pub type __u64 = u64;
pub type __s8 = i8;
pub type __s16 = i16;
pub type __s32 = i32;
pub type __s64 = i64;
/// Big-endian (network byte order) values are stored as they arrive.
pub type __be16 = u16;
pub type __be32 = u32;
pub type __be64 = u64;
pub type __le16 = u16;
pub type __le32 = u32;
pub type __le64 = u64;
pub type __wsum = u32;
pub type __sum16 = u16;
