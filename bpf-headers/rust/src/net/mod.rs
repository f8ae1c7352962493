//! Packet headers and bounds-checked packet access.
//!
//! [`eth`], [`ip`], [`tcp`] and [`udp`] hold the header types aya
//! programs take from the `network-types` crate, under its names
//! (`EthHdr`, `EtherType`, `Ipv4Hdr`, `IpProto`, `TcpHdr`, `UdpHdr`); the
//! `network-types` crate beside this one re-exports them, so
//! `use network_types::eth::EthHdr;` works unchanged. Headers are packed
//! (a header may start at any byte of a packet) and their multi-byte
//! fields are in network byte order, as on the wire. `EtherType` and
//! `IpProto` wrap the raw number, so a packet can hold any value and
//! still be matched against `EtherType::Ipv4`.

pub mod eth;
pub mod ip;
pub mod tcp;
pub mod udp;

use core::mem::size_of;

use crate::programs::{SkBuffContext, TcContext, XdpContext};

/// A context with directly accessible packet data.
pub trait PacketContext {
    fn data(&self) -> usize;
    fn data_end(&self) -> usize;
}

macro_rules! packet_context {
    ($($t:ty),*) => {$(
        impl PacketContext for $t {
            #[inline(always)]
            fn data(&self) -> usize { <$t>::data(self) }
            #[inline(always)]
            fn data_end(&self) -> usize { <$t>::data_end(self) }
        }
    )*};
}
packet_context!(XdpContext, TcContext, SkBuffContext);

/// A pointer to the `T` at byte `offset` of the packet, if the packet
/// holds all of it: the check the verifier wants before every access.
#[inline(always)]
pub fn ptr_at<T, C: PacketContext>(ctx: &C, offset: usize) -> Result<*const T, ()> {
    let start = ctx.data();
    let end = ctx.data_end();
    if start + offset + size_of::<T>() > end {
        return Err(());
    }
    Ok((start + offset) as *const T)
}

/// As [`ptr_at`], for writing.
#[inline(always)]
pub fn ptr_at_mut<T, C: PacketContext>(ctx: &C, offset: usize) -> Result<*mut T, ()> {
    ptr_at::<T, C>(ctx, offset).map(|p| p as *mut T)
}
